package org.lantern.infra.axon;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.stream.Stream;
import org.axonframework.serialization.Revision;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.junit.jupiter.api.Test;
import org.lantern.domain.clinic.BookingCancelledEvent;
import org.lantern.domain.clinic.PersonalDataErasedEvent;
import org.lantern.domain.privacy.ErasureReason;
import org.lantern.domain.clinic.SessionScheduledEvent;
import org.lantern.domain.clinic.SlotBookedEvent;
import org.lantern.domain.privacy.SealedText;

/**
 * Events are a public, versioned contract: their stored JSON is approved here, so a change of shape is a
 * conscious act (a new @Revision and an upcaster), never an accident. To approve a deliberate change, delete
 * the file under src/test/resources/approved-events and run the test once: it writes the new form and fails.
 */
class EventContractTest {

    static final LocalDate DATE = LocalDate.of(2026, 12, 1);
    static final LocalDateTime AT = LocalDateTime.of(2026, 11, 20, 18, 30);

    static Stream<Object> events() {
        return Stream.of(
                new SessionScheduledEvent("day-2026-12-01", "2026-12-01~abcd2345", "sexual-health", DATE,
                        LocalTime.of(10, 0), LocalTime.of(12, 0), 30, 2, "sam"),
                new SlotBookedEvent("day-2026-12-01", "2026-12-01~abcd2345", LocalTime.of(10, 30), "K7M2QX",
                        "{bcrypt}$2a$10$hash", "2f1c9d4e-subject", new SealedText("2f1c9d4e-subject", "c2VhbGVk"),
                        new SealedText("2f1c9d4e-subject", "Y29udGFjdA=="), new SealedText("2f1c9d4e-subject", "ZXM="),
                        false, AT),
                new PersonalDataErasedEvent("day-2026-12-01", "K7M2QX", "2f1c9d4e-subject", ErasureReason.PERSON, AT),
                new BookingCancelledEvent("day-2026-12-01", "2026-12-01~abcd2345", LocalTime.of(10, 30), "K7M2QX", AT));
    }

    @ParameterizedTest
    @MethodSource("events")
    void theStoredFormOfEachEventIsApproved(Object event) throws IOException {
        ObjectMapper mapper = AxonStoreConfiguration.eventObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        String revision = event.getClass().getAnnotation(Revision.class).value();
        String name = event.getClass().getSimpleName() + "-r" + revision + ".json";
        String json = mapper.writeValueAsString(event) + "\n";
        try (InputStream approved = getClass().getResourceAsStream("/approved-events/" + name)) {
            if (approved == null) {
                Path file = Path.of("src/test/resources/approved-events", name);
                Files.createDirectories(file.getParent());
                Files.writeString(file, json);
                throw new AssertionError("No approved form for " + name + " yet: wrote it, review and commit it");
            }
            assertThat(json).isEqualTo(new String(approved.readAllBytes(), StandardCharsets.UTF_8));
        }
        assertThat(mapper.readValue(json, event.getClass())).isEqualTo(event);
    }

    /** An approved older form stays readable: the upcaster chain turns it into today's event. */
    @Test
    void theApprovedRevision1BookingStillReads() throws IOException {
        String json;
        try (InputStream approved = getClass().getResourceAsStream("/approved-events/SlotBookedEvent-r1.json")) {
            json = new String(approved.readAllBytes(), StandardCharsets.UTF_8);
        }
        JacksonSerializer serializer = JacksonSerializer.builder()
                .objectMapper(AxonStoreConfiguration.eventObjectMapper()).build();
        GenericDomainEventEntry<String> stored = new GenericDomainEventEntry<>("ClinicDay", "day-2026-12-01", 1,
                "event-1", "2026-11-20T18:30:00Z", SlotBookedEvent.class.getName(), "1", json, "{}");
        java.util.List<IntermediateEventRepresentation> upcast = AxonStoreConfiguration.eventUpcasters()
                .upcast(Stream.of(new InitialEventRepresentation(stored, serializer))).toList();
        SlotBookedEvent event = (SlotBookedEvent) serializer.deserialize(upcast.get(0).getData());
        assertThat(event.reference()).isEqualTo("K7M2QX");
        assertThat(event.pseudonym()).isEqualTo(new SealedText("2f1c9d4e-subject", "c2VhbGVk"));
        assertThat(event.contact()).isNull();
        assertThat(event.remindersMayNameService()).isFalse();
    }
}
