package org.lantern.ui.clinic;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.lantern.domain.booking.SharedNames;
import java.util.Set;
import org.lantern.domain.booking.Service;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * Which staff may see the named people of a service's day list: the police liaison officer sees the police
 * clinic and nothing else; counsellors see counselling; clinic staff see the sexual-health clinic.
 */
final class ServiceAccess {

    private ServiceAccess() {
    }

    static boolean maySeeDayList(Authentication who, Service service) {
        Set<String> allowed = switch (service) {
            case SEXUAL_HEALTH -> Set.of("ROLE_CLINICIAN", "ROLE_RECEPTION", "ROLE_MANAGER");
            case POLICE_CLINIC -> Set.of("ROLE_POLICE_LIAISON", "ROLE_MANAGER");
            case COUNSELLING -> Set.of("ROLE_COUNSELLOR", "ROLE_MANAGER");
        };
        Collection<? extends GrantedAuthority> held = who.getAuthorities();
        return held.stream().map(GrantedAuthority::getAuthority).anyMatch(allowed::contains);
    }

    /** The services whose day lists this member of staff may open, in the usual order. */
    static List<Service> visibleServices(Authentication who) {
        return Arrays.stream(Service.values()).filter(s -> maySeeDayList(who, s)).toList();
    }

    /** A private service is named only to those who may open its day list (its own staff and managers). */
    static boolean maySeeName(Authentication who, Service service) {
        return !SharedNames.isPrivate(service) || maySeeDayList(who, service);
    }

    /** The services this member of staff may see named, in the usual order. */
    static List<Service> nameable(Authentication who) {
        return Arrays.stream(Service.values()).filter(s -> maySeeName(who, s)).toList();
    }

    /** Reception and managers check people in and undo no-shows, on every session. */
    static boolean checksIn(Authentication who) {
        return who.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .anyMatch(a -> a.equals("ROLE_RECEPTION") || a.equals("ROLE_MANAGER"));
    }
}
