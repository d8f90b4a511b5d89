package org.lantern.domain.booking;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One service of the centre's catalogue.
 *
 * @param service    its code
 * @param number     its place in the catalogue, from 1, in the order services were added; never reused (public
 *                   lists are named by it, so no address names a service, and walk-in call letters are drawn by it)
 * @param names      its name in each language Lantern speaks, by language tag; English always
 * @param kind       how it is booked
 * @param isPrivate  shown only as a "private appointment" wherever others may see it
 * @param asksConsent a booking needs the person's consent to the private-appointment wording first
 * @param roles      the staff roles that run it and may open its lists (a manager always may)
 */
public record CatalogueEntry(Service service, int number, Map<String, String> names, ServiceKind kind,
                             boolean isPrivate, boolean asksConsent, Set<String> roles) {

    public CatalogueEntry {
        names = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(names)); // in the order given
        roles = Set.copyOf(roles);
    }

    public String code() {
        return service.code();
    }

    /** Its name in a language, English where it has none in that language. */
    public String name(Locale locale) {
        String name = locale == null ? null : names.get(locale.getLanguage());
        return name != null ? name : names.get("en");
    }

    public boolean runBy(String role) {
        return roles.contains(role);
    }
}
