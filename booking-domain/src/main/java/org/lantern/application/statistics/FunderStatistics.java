package org.lantern.application.statistics;

import org.lantern.domain.booking.CatalogueEntry;
import org.lantern.domain.booking.ServiceCatalogue;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lantern.application.booking.InvalidInputException;

/**
 * The anonymised figures a manager gives to funders, per month and per service. A count under
 * {@value #SMALLEST_SHOWN} is shown as {@link #FEWER_THAN_FIVE} (a small count can point to a person), a median
 * wait only when at least that many walk-ins were called, a language's share only when its count is shown, and
 * a private service never by week (only by month).
 */
public class FunderStatistics {

    public static final int SMALLEST_SHOWN = 5;
    public static final String FEWER_THAN_FIVE = "<5";
    public static final int MAX_MONTHS = 24;

    /** A count, or {@link #FEWER_THAN_FIVE}. */
    public static Object cell(long count) {
        return count < SMALLEST_SHOWN ? FEWER_THAN_FIVE : count;
    }

    public record ServiceFigures(String service, Object bookings, Object walkIns, Object attended, Object noShows,
                                 Object cancelledByPerson, Object cancelledByCentre, Long medianWalkInWaitMinutes) {
    }

    public record LanguageShare(String language, Object bookings, Double share) {
    }

    public record Month(String month, List<ServiceFigures> services, Object dropInVisits,
                       Map<String, Object> dropInVisitsByReason, Object restNights, Object childcareNights,
                       List<LanguageShare> bookingsByLanguage) {
    }

    public record Week(String weekOf, String service, Object bookings) {
    }

    public record Report(String from, String to, List<Month> months, List<Week> weeks) {
    }

    private final StatisticsRecords records;
    private final ServiceCatalogue catalogue;

    public FunderStatistics(StatisticsRecords records, ServiceCatalogue catalogue) {
        this.catalogue = catalogue;
        this.records = records;
    }

    public Report report(String fromText, String toText) {
        YearMonth from = month(fromText);
        YearMonth to = month(toText);
        if (to.isBefore(from) || from.plusMonths(MAX_MONTHS - 1L).isBefore(to)) {
            throw new InvalidInputException("error.statistics-range");
        }
        StatisticsRecords.Figures figures = records.between(from, to);
        List<Month> months = new ArrayList<>();
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            months.add(month(m, figures));
        }
        List<Week> weeks = figures.weeks().stream()
                .filter(w -> catalogue.find(w.service()).map(s -> !s.isPrivate()).orElse(false))
                .sorted(Comparator.comparing(StatisticsRecords.ServiceWeek::weekOf)
                        .thenComparing(StatisticsRecords.ServiceWeek::service))
                .map(w -> new Week(w.weekOf().toString(), w.service(), cell(w.bookings()))).toList();
        return new Report(from.toString(), to.toString(), months, weeks);
    }

    private Month month(YearMonth m, StatisticsRecords.Figures figures) {
        List<ServiceFigures> services = new ArrayList<>();
        for (CatalogueEntry service : catalogue.all()) {
            StatisticsRecords.ServiceMonth s = figures.services().stream()
                    .filter(f -> f.month().equals(m) && f.service().equals(service.code())).findFirst()
                    .orElse(new StatisticsRecords.ServiceMonth(m, service.code(), 0, 0, 0, 0, 0, 0, List.of()));
            services.add(new ServiceFigures(service.code(), cell(s.bookings()), cell(s.walkIns()), cell(s.attended()),
                    cell(s.noShows()), cell(s.cancelledByPerson()), cell(s.cancelledByCentre()),
                    median(s.walkInWaits())));
        }
        StatisticsRecords.CentreMonth c = figures.centre().stream().filter(f -> f.month().equals(m)).findFirst()
                .orElse(new StatisticsRecords.CentreMonth(m, Map.of(), 0, 0, Map.of()));
        Map<String, Object> byReason = new LinkedHashMap<>();
        c.visitsByReason().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> byReason.put(e.getKey(), cell(e.getValue())));
        long visits = c.visitsByReason().values().stream().mapToLong(Long::longValue).sum();
        return new Month(m.toString(), services, cell(visits), byReason, cell(c.restNights()),
                cell(c.childcareNights()), languages(c.bookingsByLanguage()));
    }

    private static List<LanguageShare> languages(Map<String, Long> byLanguage) {
        long total = byLanguage.values().stream().mapToLong(Long::longValue).sum();
        return byLanguage.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .map(e -> new LanguageShare(e.getKey(), cell(e.getValue()), e.getValue() < SMALLEST_SHOWN ? null
                        : Math.round(100.0 * e.getValue() / total) / 100.0))
                .toList();
    }

    /** The median of at least {@value #SMALLEST_SHOWN} waits, rounded to a minute; null for fewer. */
    static Long median(List<Long> waits) {
        if (waits.size() < SMALLEST_SHOWN) {
            return null;
        }
        List<Long> sorted = waits.stream().sorted().toList();
        int mid = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(mid) : Math.round((sorted.get(mid - 1) + sorted.get(mid)) / 2.0);
    }

    private static YearMonth month(String text) {
        try {
            return YearMonth.parse(text == null ? "" : text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("error.month");
        }
    }
}
