package org.lantern.ui.clinic;

import java.util.List;
import org.lantern.domain.booking.CatalogueEntry;
import org.lantern.domain.booking.ServiceCatalogue;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Which staff may see the named people of a service's day list: the roles the catalogue says run the service, and
 * managers. A private service is named only to them.
 */
@Component
public final class ServiceAccess {

    private final ServiceCatalogue catalogue;

    ServiceAccess(ServiceCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    public boolean maySeeDayList(Authentication who, CatalogueEntry service) {
        return who.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .anyMatch(a -> a.equals("ROLE_MANAGER")
                        || a.startsWith("ROLE_") && service.runBy(a.substring("ROLE_".length())));
    }

    /** An unknown code is a list nobody may open. */
    public boolean maySeeDayList(Authentication who, String serviceCode) {
        return catalogue.find(serviceCode).map(s -> maySeeDayList(who, s)).orElse(false);
    }

    /** The services whose day lists this member of staff may open, in the catalogue's order. */
    public List<CatalogueEntry> visibleServices(Authentication who) {
        return catalogue.all().stream().filter(s -> maySeeDayList(who, s)).toList();
    }

    /** A private service is named only to those who may open its day list (its own staff and managers). */
    public boolean maySeeName(Authentication who, CatalogueEntry service) {
        return !service.isPrivate() || maySeeDayList(who, service);
    }

    /** The services this member of staff may see named, in the catalogue's order. */
    public List<CatalogueEntry> nameable(Authentication who) {
        return catalogue.all().stream().filter(s -> maySeeName(who, s)).toList();
    }

    /** Reception and managers check people in and undo no-shows, on every session. */
    static boolean checksIn(Authentication who) {
        return who.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .anyMatch(a -> a.equals("ROLE_RECEPTION") || a.equals("ROLE_MANAGER"));
    }
}
