package org.lantern.domain.booking;

/**
 * The one place that decides how a service is named where others may see it: shared screens (dashboard,
 * reception board, waiting room), staff lists and answers to staff who are not allowed to know, and the
 * person's own pages after they booked. A private service is only ever a "private appointment" there. A later
 * per-service "private" setting plugs in here.
 */
public final class SharedNames {

    /** The wire and message-key name of a private appointment ({@code service.private}). */
    public static final String PRIVATE = "private";

    private SharedNames() {
    }

    public static boolean isPrivate(Service service) {
        return service.isPrivate();
    }

    /** Whether a service code (of any service, the night centre's too) names a private service. */
    public static boolean isPrivate(String serviceCode) {
        return Service.fromCode(serviceCode).map(SharedNames::isPrivate).orElse(false);
    }

    /** The code to show on a shared surface: the service's code, or {@value #PRIVATE}. */
    public static String shown(Service service) {
        return isPrivate(service) ? PRIVATE : service.code();
    }

    public static String shown(String serviceCode) {
        return isPrivate(serviceCode) ? PRIVATE : serviceCode;
    }

    /**
     * The service a shared surface's own link or form names by its shown name: {@value #PRIVATE} is the one private
     * service (while there is one), any other shown name is the service's code.
     */
    public static java.util.Optional<Service> fromShown(String shown) {
        if (PRIVATE.equals(shown)) {
            java.util.List<Service> hidden = java.util.Arrays.stream(Service.values()).filter(SharedNames::isPrivate)
                    .toList();
            return hidden.size() == 1 ? java.util.Optional.of(hidden.get(0)) : java.util.Optional.empty();
        }
        return Service.fromCode(shown);
    }
}
