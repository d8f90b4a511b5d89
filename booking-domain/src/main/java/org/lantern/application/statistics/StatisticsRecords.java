package org.lantern.application.statistics;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * Port: the funders' figures as the read side counts them from events, before anything is suppressed. Nothing in
 * them names or points to a person.
 */
public interface StatisticsRecords {

    /** One service in one month; {@code walkInWaits} are the minutes each walk-in waited to be called. */
    record ServiceMonth(YearMonth month, String service, long bookings, long walkIns, long attended, long noShows,
                        long cancelledByPerson, long cancelledByCentre, List<Long> walkInWaits) {
    }

    /** What belongs to no service: plain visits by reason, night-centre nights used, bookings per language. */
    record CentreMonth(YearMonth month, Map<String, Long> visitsByReason, long restNights, long childcareNights,
                       Map<String, Long> bookingsByLanguage) {
    }

    /** Bookings of one service in the week starting on {@code weekOf} (a Monday). */
    record ServiceWeek(LocalDate weekOf, String service, long bookings) {
    }

    /** One service's bookings at one site in one month (a booking is at its session's site). */
    record SiteServiceMonth(YearMonth month, String site, String service, long bookings, long attended, long noShows,
                            long cancelledByPerson, long cancelledByCentre) {
    }

    record Figures(List<ServiceMonth> services, List<CentreMonth> centre, List<ServiceWeek> weeks,
                   List<SiteServiceMonth> bySite) {
    }

    Figures between(YearMonth from, YearMonth to);
}
