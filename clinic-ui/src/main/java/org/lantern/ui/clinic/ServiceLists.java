package org.lantern.ui.clinic;

import java.util.Map;
import java.util.Optional;
import org.lantern.domain.booking.Service;

/**
 * The neutral names of the services' lists of free times in the pages' addresses (/book?list=2): an address
 * stays in a shared phone's history, so it never names a service. Each number is fixed once given.
 */
final class ServiceLists {

    private static final Map<Service, String> NUMBERS = Map.of(Service.SEXUAL_HEALTH, "1", Service.POLICE_CLINIC, "2",
            Service.COUNSELLING, "3");

    private ServiceLists() {
    }

    static String number(String serviceCode) {
        return Service.fromCode(serviceCode).map(NUMBERS::get).orElse("1");
    }

    /** Every service's list number by its code, for links. */
    static Map<String, String> all() {
        Map<String, String> all = new java.util.TreeMap<>();
        NUMBERS.forEach((service, number) -> all.put(service.code(), number));
        return all;
    }

    static Optional<Service> service(String number) {
        return NUMBERS.entrySet().stream().filter(e -> e.getValue().equals(number)).map(Map.Entry::getKey).findFirst();
    }
}
