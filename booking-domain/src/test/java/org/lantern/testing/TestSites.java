package org.lantern.testing;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;
import org.lantern.application.booking.CentreClock;
import org.lantern.application.sites.SiteDirectory;
import org.lantern.application.sites.SiteDraft;
import org.lantern.application.sites.Sites;

/** The sites the tests start with: the drop-in and the night centre (as the seed has them), kept in memory. */
public final class TestSites {

    private TestSites() {
    }

    public static Sites seeded() {
        Map<String, SiteDirectory.Site> kept = new ConcurrentSkipListMap<>();
        Sites sites = new Sites(new InMemory(kept), site -> false, new FixedClock(),
                List.of("en", "es", "pt", "ro", "pl", "zh"));
        sites.seedIfEmpty(List.of(site("drop-in", "drop-in", "10:00", "16:00"),
                site("night-centre", "night-centre", "20:00", "08:00")));
        return sites;
    }

    private static SiteDraft site(String code, String kind, String opens, String closes) {
        return new SiteDraft(code, kind, Map.of("en", "The " + code), "1 Example Street",
                List.of(new SiteDraft.HoursDraft("MONDAY", opens, closes)), List.of());
    }

    /** A site directory over a map the test can look into. */
    public record InMemory(Map<String, SiteDirectory.Site> kept) implements SiteDirectory {

        @Override
        public List<Site> all() {
            return List.copyOf(kept.values());
        }

        @Override
        public Optional<Site> find(String code) {
            return Optional.ofNullable(kept.get(code));
        }

        @Override
        public boolean add(Site site) {
            return kept.putIfAbsent(site.code(), site) == null;
        }

        @Override
        public boolean replace(Site site) {
            return kept.replace(site.code(), site) != null;
        }

        @Override
        public boolean remove(String code) {
            return kept.remove(code) != null;
        }
    }

    private static final class FixedClock implements CentreClock {

        private static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 1, 9, 0);

        @Override
        public LocalDateTime now() {
            return NOW;
        }

        @Override
        public Instant instant() {
            return NOW.atZone(zone()).toInstant();
        }
    }
}
