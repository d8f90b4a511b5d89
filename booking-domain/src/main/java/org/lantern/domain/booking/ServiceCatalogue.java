package org.lantern.domain.booking;

import java.util.List;
import java.util.Optional;

/** Port: the centre's service catalogue, kept by a manager. Read on every request, so implementations keep a copy. */
public interface ServiceCatalogue {

    /** Every service, in the order added. */
    List<CatalogueEntry> all();

    default Optional<CatalogueEntry> find(String code) {
        return code == null ? Optional.empty() : all().stream().filter(e -> e.code().equals(code)).findFirst();
    }

    default Optional<CatalogueEntry> find(Service service) {
        return find(service.code());
    }

    default Optional<CatalogueEntry> byNumber(int number) {
        return all().stream().filter(e -> e.number() == number).findFirst();
    }

    /** Adds a service; false when its code is taken (the code is claimed once, on every node). */
    boolean add(CatalogueEntry entry);

    /** Replaces a service's names, roles and flags (its code, number and kind stay); false when there is none. */
    boolean replace(CatalogueEntry entry);
}
