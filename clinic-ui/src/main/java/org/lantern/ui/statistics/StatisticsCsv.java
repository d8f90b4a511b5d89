package org.lantern.ui.statistics;

import java.util.Map;
import org.lantern.application.statistics.FunderStatistics;

/**
 * The funders' figures as CSV, one figure a line ({@code period,service,figure,value}), so that a spreadsheet can
 * pivot it however a funder asks. The values are the report's: "<5" wherever the report says fewer than five.
 */
final class StatisticsCsv {

    static final String HEADER = "period,service,figure,value\n";

    private StatisticsCsv() {
    }

    static String of(FunderStatistics.Report report) {
        StringBuilder csv = new StringBuilder(HEADER);
        for (FunderStatistics.Month m : report.months()) {
            for (FunderStatistics.ServiceFigures s : m.services()) {
                line(csv, m.month(), s.service(), "bookings", s.bookings());
                line(csv, m.month(), s.service(), "walk-ins", s.walkIns());
                line(csv, m.month(), s.service(), "attended", s.attended());
                line(csv, m.month(), s.service(), "no-shows", s.noShows());
                line(csv, m.month(), s.service(), "cancelled-by-person", s.cancelledByPerson());
                line(csv, m.month(), s.service(), "cancelled-by-centre", s.cancelledByCentre());
                line(csv, m.month(), s.service(), "median-walk-in-wait-minutes", s.medianWalkInWaitMinutes());
            }
            line(csv, m.month(), "", "drop-in-visits", m.dropInVisits());
            for (Map.Entry<String, Object> reason : m.dropInVisitsByReason().entrySet()) {
                line(csv, m.month(), "", "drop-in-visits:" + reason.getKey(), reason.getValue());
            }
            line(csv, m.month(), "", "rest-nights", m.restNights());
            line(csv, m.month(), "", "childcare-nights", m.childcareNights());
            for (FunderStatistics.SiteFigures site : m.sites()) {
                for (FunderStatistics.SiteServiceFigures s : site.services()) {
                    String at = "@" + site.site();
                    line(csv, m.month(), s.service(), "bookings" + at, s.bookings());
                    line(csv, m.month(), s.service(), "attended" + at, s.attended());
                    line(csv, m.month(), s.service(), "no-shows" + at, s.noShows());
                    line(csv, m.month(), s.service(), "cancelled-by-person" + at, s.cancelledByPerson());
                    line(csv, m.month(), s.service(), "cancelled-by-centre" + at, s.cancelledByCentre());
                }
            }
            for (FunderStatistics.LanguageShare l : m.bookingsByLanguage()) {
                line(csv, m.month(), "", "bookings-in-language:" + l.language(), l.bookings());
                line(csv, m.month(), "", "share-in-language:" + l.language(), l.share());
            }
        }
        for (FunderStatistics.Week w : report.weeks()) {
            line(csv, "week of " + w.weekOf(), w.service(), "bookings", w.bookings());
        }
        return csv.toString();
    }

    /** Every field is ours (codes, months, numbers): none holds a comma, a quote or a line break. */
    private static void line(StringBuilder csv, String period, String service, String figure, Object value) {
        csv.append(period).append(',').append(service).append(',').append(figure).append(',')
                .append(value == null ? "" : value).append('\n');
    }
}
