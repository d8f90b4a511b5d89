package org.lantern.domain.booking;

import java.util.regex.Pattern;

/**
 * A service of the centre, by its code: its name on the wire, in addresses of staff pages and in every event. What
 * the service is (its names, kind, whether it is private, who runs it) is data in the {@link ServiceCatalogue}; the
 * code says nothing more than which entry. A code is a lowercase slug of 2 to 40 characters.
 */
public record Service(String code) {

    private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{1,39}");

    public Service {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("not a service code");
        }
    }

    public static boolean isCode(String code) {
        return code != null && CODE.matcher(code).matches();
    }

    @Override
    public String toString() {
        return code;
    }
}
