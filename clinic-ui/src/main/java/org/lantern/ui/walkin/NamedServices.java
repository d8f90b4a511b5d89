package org.lantern.ui.walkin;

import java.util.List;
import org.lantern.domain.booking.CatalogueEntry;
import org.lantern.domain.booking.ServiceCatalogue;

/** The services a shared live screen may name: the labels its updates draw with (fragments/layout, service-labels). */
public final class NamedServices {

    private NamedServices() {
    }

    public static List<CatalogueEntry> of(ServiceCatalogue catalogue) {
        return catalogue.all().stream().filter(e -> !e.isPrivate()).toList();
    }
}
