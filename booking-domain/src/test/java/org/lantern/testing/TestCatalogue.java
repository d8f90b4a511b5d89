package org.lantern.testing;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.lantern.domain.booking.CatalogueEntry;
import org.lantern.domain.booking.Service;
import org.lantern.domain.booking.ServiceKind;

/** The catalogue the tests create: the three services a centre starts with (as its seed has them). */
public final class TestCatalogue {

    private TestCatalogue() {
    }

    public static ListedServices seeded() {
        return new ListedServices(List.of(
                entry("sexual-health", "Sexual health clinic", ServiceKind.SLOTS, false, false, "CLINICIAN",
                        "RECEPTION"),
                entry("police-clinic", "Police clinic", ServiceKind.SLOTS, true, true, "POLICE_LIAISON"),
                entry("counselling", "Counselling", ServiceKind.COURSE, false, false, "COUNSELLOR")));
    }

    public static CatalogueEntry entry(String code, String name, ServiceKind kind, boolean isPrivate,
                                       boolean consent, String... roles) {
        return new CatalogueEntry(new Service(code), 0, Map.of("en", name), kind, isPrivate, consent, Set.of(roles));
    }
}
