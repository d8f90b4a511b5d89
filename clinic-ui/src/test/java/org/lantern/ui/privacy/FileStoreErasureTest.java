package org.lantern.ui.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.lantern.application.booking.BookingView;
import org.lantern.ui.Api;
import org.lantern.ui.LanternIntegrationTest;
import org.lantern.ui.TestSupportConfiguration;
import org.lantern.ui.clinic.ClinicViews;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The embedded file store: after erasure the values are nowhere in the data files' bytes and the key is gone
 * from the key collection. (The deleted key's own bytes can stay in the append-only file until its chunk is
 * reused or compacted away; docs/privacy.md says so and what an operator does about it.)
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "lantern.store.embedded=file",
        "lantern.privacy.first-check-after=PT24H",
        "LANTERN_ADMIN_PASSWORD=" + LanternIntegrationTest.ADMIN_PASSWORD})
@Import(TestSupportConfiguration.class)
class FileStoreErasureTest {

    private static final Path DATA = temporaryFolder();

    @Autowired Api api;
    @Autowired MongoDatabase database;
    @Autowired ClinicViews views;

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) {
        registry.add("lantern.store.data-dir", DATA::toString);
    }

    @AfterAll
    static void deleteData() throws IOException {
        try (Stream<Path> files = Files.walk(DATA)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Test
    void afterErasureTheDataFilesDoNotHoldTheValues() {
        LocalDate date = Api.freshDate();
        String session = api.schedule(date, "10:00", "10:30", 30, 1);
        var me = PrivacyFixtures.book(api, session, PrivacyFixtures.firstSlot(api, "sexual-health", date),
                "Halcyon Meadowsweet", "halcyon.meadowsweet@example.org", false);
        BookingView booking = views.booking(me.reference()).orElseThrow();
        assertThat(database.getCollection("subject_keys").countDocuments(Filters.eq("_id", booking.subjectId())))
                .isOne();

        api.admin().post().uri("/api/v1/bookings/{r}/erasure", me.reference()).exchange().expectStatus().isOk();

        List<String> documents = PrivacyFixtures.everyDocument(database);
        assertThat(documents).noneMatch(d -> d.contains("Halcyon")).noneMatch(d -> d.contains("meadowsweet"));
        byte[] files = allBytes(DATA);
        assertThat(files.length).isPositive();
        assertThat(indexOf(files, "Halcyon Meadowsweet".getBytes(StandardCharsets.UTF_8))).isNegative();
        assertThat(indexOf(files, "halcyon.meadowsweet@example.org".getBytes(StandardCharsets.UTF_8))).isNegative();
        assertThat(database.getCollection("subject_keys").countDocuments(Filters.eq("_id", booking.subjectId())))
                .isZero();
    }

    private static byte[] allBytes(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            java.io.ByteArrayOutputStream all = new java.io.ByteArrayOutputStream();
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                all.write(Files.readAllBytes(file));
            }
            return all.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static Path temporaryFolder() {
        try {
            return Files.createTempDirectory("lantern-file-store-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
