package org.lantern.projections.clinic;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Set;

/**
 * Upcoming slots of one service between two dates (inclusive); slots that started before {@code now} are left out.
 * {@code clinicians}: only sessions run by one of them (a gender asked for), or null for every session.
 * {@code site}: only sessions at that site, or null for every site.
 */
public record FindAvailabilityQuery(String service, LocalDate from, LocalDate to, LocalDateTime now,
                                    Set<String> clinicians, String site) {

    public FindAvailabilityQuery(String service, LocalDate from, LocalDate to, LocalDateTime now) {
        this(service, from, to, now, null, null);
    }

    public FindAvailabilityQuery(String service, LocalDate from, LocalDate to, LocalDateTime now,
                                 Set<String> clinicians) {
        this(service, from, to, now, clinicians, null);
    }
}
