package org.lantern.application.sites;

import java.util.List;
import java.util.Map;

/**
 * A site as a manager (or the configuration) writes it, unchecked: days are weekday names (MONDAY), times HH:mm.
 * {@link Sites} checks it whole.
 */
public record SiteDraft(String code, String kind, Map<String, String> names, String address, List<HoursDraft> hours,
                        List<StopDraft> stops) {

    public record HoursDraft(String day, String opens, String closes) {
    }

    public record StopDraft(String day, String start, String end, String where) {
    }
}
