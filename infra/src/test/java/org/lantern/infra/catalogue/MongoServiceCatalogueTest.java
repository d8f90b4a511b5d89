package org.lantern.infra.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lantern.domain.booking.CatalogueEntry;
import org.lantern.domain.booking.Service;
import org.lantern.domain.booking.ServiceKind;
import org.lantern.infra.store.EmbeddedMongo;

class MongoServiceCatalogueTest {

    final EmbeddedMongo server = EmbeddedMongo.inMemory();
    final MongoClient client = MongoClients.create(server.connectionString());
    final MongoDatabase database = client.getDatabase("lantern");

    @AfterEach
    void close() {
        client.close();
        server.close();
    }

    MongoServiceCatalogue catalogue(Duration refresh) {
        return new MongoServiceCatalogue(database, refresh, Clock.systemUTC());
    }

    static CatalogueEntry entry(String code, ServiceKind kind) {
        return new CatalogueEntry(new Service(code), 0, Map.of("en", "A " + code), kind, false, false,
                Set.of("COUNSELLOR"));
    }

    @Test
    void anEmptyCatalogueGetsTheServicesThatWereCodeInTheirOldOrderOnceOnly() {
        MongoServiceCatalogue catalogue = catalogue(Duration.ofSeconds(5));
        CatalogueSeed.into(catalogue);
        CatalogueSeed.into(catalogue);

        assertThat(catalogue.all()).extracting(CatalogueEntry::code)
                .containsExactly("sexual-health", "police-clinic", "counselling");
        assertThat(catalogue.all()).extracting(CatalogueEntry::number).containsExactly(1, 2, 3);
        CatalogueEntry police = catalogue.find("police-clinic").orElseThrow();
        assertThat(police.isPrivate()).isTrue();
        assertThat(police.asksConsent()).isTrue();
        assertThat(police.roles()).containsExactly("POLICE_LIAISON");
        assertThat(catalogue.find("counselling").orElseThrow().kind()).isEqualTo(ServiceKind.COURSE);
        // a name in every language Lantern speaks
        assertThat(catalogue.all()).allSatisfy(e -> assertThat(e.names().keySet())
                .containsExactlyInAnyOrder("en", "es", "pt", "ro", "pl", "zh"));
    }

    @Test
    void twoNodesSeedingAnEmptyStoreAtOnceGiveTheSeedsNumbers() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<?>> nodes = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                MongoServiceCatalogue node = catalogue(Duration.ZERO);
                nodes.add(pool.submit(() -> {
                    start.await();
                    CatalogueSeed.into(node);
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> node : nodes) {
                node.get(30, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(catalogue(Duration.ZERO).all()).extracting(CatalogueEntry::code, CatalogueEntry::number)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("sexual-health", 1),
                        org.assertj.core.groups.Tuple.tuple("police-clinic", 2),
                        org.assertj.core.groups.Tuple.tuple("counselling", 3));
    }

    @Test
    void aCatalogueWithServicesIsNotSeededAgain() {
        MongoServiceCatalogue catalogue = catalogue(Duration.ofSeconds(5));
        catalogue.add(entry("casework", ServiceKind.SLOTS));
        CatalogueSeed.into(catalogue);

        assertThat(catalogue.all()).extracting(CatalogueEntry::code).containsExactly("casework");
    }

    @Test
    void aCodeIsClaimedOnceAndTheNumberAndKindOfAServiceNeverChange() {
        MongoServiceCatalogue catalogue = catalogue(Duration.ofSeconds(5));
        assertThat(catalogue.add(entry("support-group", ServiceKind.GROUP))).isTrue();
        assertThat(catalogue.add(entry("support-group", ServiceKind.SLOTS))).isFalse();

        CatalogueEntry renamed = new CatalogueEntry(new Service("support-group"), 99,
                Map.of("en", "Peer support group", "es", "Grupo de apoyo"), ServiceKind.COURSE, false, false,
                Set.of("RECEPTION"));
        assertThat(catalogue.replace(renamed)).isTrue();
        CatalogueEntry now = catalogue.find("support-group").orElseThrow();
        assertThat(now.number()).isEqualTo(1);
        assertThat(now.name(java.util.Locale.forLanguageTag("es"))).isEqualTo("Grupo de apoyo");
        assertThat(now.roles()).containsExactly("RECEPTION");
        assertThat(catalogue.replace(entry("nothing-here", ServiceKind.SLOTS))).isFalse();
    }

    @Test
    void anotherNodesAdditionIsSeenAfterTheRefreshAndOwnAtOnce() {
        MongoServiceCatalogue here = catalogue(Duration.ZERO);
        MongoServiceCatalogue there = catalogue(Duration.ofHours(1));
        assertThat(there.all()).isEmpty();

        here.add(entry("legal-advice", ServiceKind.SLOTS));

        assertThat(here.find("legal-advice")).isPresent();
        assertThat(there.find("legal-advice")).isEmpty(); // its copy is an hour old at most
        assertThat(catalogue(Duration.ofHours(1)).find("legal-advice")).isPresent();
    }

    @Test
    void managersAddingAtOnceNeverShareANumber() throws Exception {
        int managers = 8;
        ExecutorService pool = Executors.newFixedThreadPool(managers);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> added = new ArrayList<>();
        try {
            for (int i = 0; i < managers; i++) {
                String code = "service-" + i;
                MongoServiceCatalogue node = catalogue(Duration.ZERO); // as if each were its own node
                added.add(pool.submit(() -> {
                    start.await();
                    return node.add(entry(code, ServiceKind.SLOTS));
                }));
            }
            start.countDown();
            for (Future<Boolean> f : added) {
                assertThat(f.get(30, TimeUnit.SECONDS)).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
        List<Integer> numbers = new ArrayList<>(catalogue(Duration.ZERO).all().stream()
                .map(CatalogueEntry::number).toList());
        assertThat(numbers).hasSize(managers).doesNotHaveDuplicates();
        Collections.sort(numbers);
        assertThat(numbers.get(0)).isPositive();
    }
}
