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
    /** A count of five or more kept back, so that a count under five beside it cannot be worked out. */
    public static final String WITHHELD = "withheld";
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
                       List<LanguageShare> bookingsByLanguage, List<SiteFigures> sites) {
    }

    /** One site's bookings in a month, per service held there. */
    public record SiteFigures(String site, List<SiteServiceFigures> services) {
    }

    public record SiteServiceFigures(String service, Object bookings, Object attended, Object noShows,
                                     Object cancelledByPerson, Object cancelledByCentre) {
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
                cell(c.childcareNights()), languages(c.bookingsByLanguage()), sites(m, figures));
    }

    /**
     * Each service's bookings split by site. A service's sites add up to its month's figure, so one count under
     * {@value #SMALLEST_SHOWN} among them could be worked out from the others and the total: then the next smallest
     * is {@value #WITHHELD} too (secondary suppression), so no hidden count can be recovered by subtraction.
     */
    private List<SiteFigures> sites(YearMonth m, StatisticsRecords.Figures figures) {
        Map<String, List<SiteServiceFigures>> bySite = new java.util.TreeMap<>();
        for (CatalogueEntry service : catalogue.all()) {
            List<StatisticsRecords.SiteServiceMonth> rows = figures.bySite().stream()
                    .filter(f -> f.month().equals(m) && f.service().equals(service.code()))
                    .sorted(Comparator.comparing(StatisticsRecords.SiteServiceMonth::site)).toList();
            List<Object[]> cells = new ArrayList<>();
            rows.forEach(r -> cells.add(new Object[5]));
            for (int measure = 0; measure < 5; measure++) {
                long[] values = new long[rows.size()];
                for (int i = 0; i < rows.size(); i++) {
                    values[i] = measure(rows.get(i), measure);
                }
                Object[] shown = suppressed(values);
                for (int i = 0; i < rows.size(); i++) {
                    cells.get(i)[measure] = shown[i];
                }
            }
            for (int i = 0; i < rows.size(); i++) {
                Object[] c = cells.get(i);
                bySite.computeIfAbsent(rows.get(i).site(), k -> new ArrayList<>())
                        .add(new SiteServiceFigures(service.code(), c[0], c[1], c[2], c[3], c[4]));
            }
        }
        return bySite.entrySet().stream().map(e -> new SiteFigures(e.getKey(), List.copyOf(e.getValue()))).toList();
    }

    private static long measure(StatisticsRecords.SiteServiceMonth r, int measure) {
        return switch (measure) {
            case 0 -> r.bookings();
            case 1 -> r.attended();
            case 2 -> r.noShows();
            case 3 -> r.cancelledByPerson();
            default -> r.cancelledByCentre();
        };
    }

    /** The cells of counts that add up to a shown total: a lone small one takes the next smallest with it. */
    static Object[] suppressed(long[] values) {
        Object[] shown = new Object[values.length];
        int hidden = 0;
        for (int i = 0; i < values.length; i++) {
            shown[i] = cell(values[i]);
            hidden += values[i] < SMALLEST_SHOWN ? 1 : 0;
        }
        if (hidden == 1 && values.length > 1) {
            int next = -1;
            for (int i = 0; i < values.length; i++) {
                if (values[i] >= SMALLEST_SHOWN && (next < 0 || values[i] < values[next])) {
                    next = i;
                }
            }
            shown[next] = WITHHELD;
        }
        return shown;
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
