package org.lantern.domain.booking;

import java.util.List;
import java.util.Optional;

/**
 * The one place that decides how a service is named where others may see it: shared screens (dashboard,
 * reception board, waiting room), staff lists and answers to staff who are not allowed to know, and the
 * person's own pages after they booked. A service the catalogue marks private is only ever a "private
 * appointment" there.
 */
public final class SharedNames {

    /** The wire and message-key name of a private appointment ({@code service.private}). */
    public static final String PRIVATE = "private";

    private final ServiceCatalogue catalogue;

    public SharedNames(ServiceCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    public boolean isPrivate(Service service) {
        return isPrivate(service.code());
    }

    /** Whether a service code (of any service, the night centre's too) names a private service. */
    public boolean isPrivate(String serviceCode) {
        return catalogue.find(serviceCode).map(CatalogueEntry::isPrivate).orElse(false);
    }

    /** The code to show on a shared surface: the service's code, or {@value #PRIVATE}. */
    public String shown(Service service) {
        return shown(service.code());
    }

    public String shown(String serviceCode) {
        return isPrivate(serviceCode) ? PRIVATE : serviceCode;
    }

    /**
     * The name a shared surface's own link or form gives a service: its code; for the catalogue's first private
     * service {@value #PRIVATE}, for any later one {@code private-N} by its catalogue number (so a link never
     * changes its meaning when a private service is added).
     */
    public String handle(String serviceCode) {
        Optional<CatalogueEntry> entry = catalogue.find(serviceCode);
        if (entry.isEmpty() || !entry.get().isPrivate()) {
            return serviceCode;
        }
        List<CatalogueEntry> hidden = privateOnes();
        return hidden.get(0).code().equals(serviceCode) ? PRIVATE : PRIVATE + "-" + entry.get().number();
    }

    /** The service a shared surface's link or form names by its {@link #handle}. */
    public Optional<CatalogueEntry> fromHandle(String handle) {
        if (handle == null) {
            return Optional.empty();
        }
        if (PRIVATE.equals(handle)) {
            return privateOnes().stream().findFirst();
        }
        if (handle.startsWith(PRIVATE + "-")) {
            try {
                return catalogue.byNumber(Integer.parseInt(handle.substring(PRIVATE.length() + 1)))
                        .filter(CatalogueEntry::isPrivate);
            } catch (NumberFormatException notANumber) {
                return Optional.empty();
            }
        }
        return catalogue.find(handle);
    }

    private List<CatalogueEntry> privateOnes() {
        return catalogue.all().stream().filter(CatalogueEntry::isPrivate).toList();
    }
}
