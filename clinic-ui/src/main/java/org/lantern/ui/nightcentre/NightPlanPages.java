package org.lantern.ui.nightcentre;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.lantern.application.booking.InvalidInputException;
import org.lantern.application.nightcentre.NightBoards;
import org.lantern.application.nightcentre.NightRecords;
import org.lantern.application.nightcentre.NightScheduling;
import org.lantern.application.nightcentre.NightView;
import org.lantern.domain.booking.Refusal;
import org.lantern.domain.nightcentre.NightRefusal;
import org.lantern.ui.CentreTime;
import org.lantern.ui.web.Blocking;
import org.lantern.ui.web.Problems;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * A manager's nights (MANAGER): set up one night, set up a weekly pattern for the coming weeks, change a single
 * night. Through {@link NightScheduling}, as the API; every POST answers with a redirect.
 */
@Controller
class NightPlanPages {

    static final int DAYS_SHOWN = 28;
    private static final List<String> NOTICES = List.of("planned", "pattern");

    private final NightScheduling scheduling;
    private final NightRecords nights;
    private final CentreTime time;

    NightPlanPages(NightScheduling scheduling, NightRecords nights, CentreTime time) {
        this.scheduling = scheduling;
        this.nights = nights;
        this.time = time;
    }

    /** A night on the list, with how many rest places are still free. */
    record PlannedNight(NightView night, int restFree) {
    }

    /** What the forms show again after a refusal: what the manager typed. */
    record NightForm(String date, String opens, String closes, String restPlaces, List<String> weekdays,
                     String weeks) {
    }

    @GetMapping("/staff/nights")
    Mono<String> page(@RequestParam(required = false) String notice, @RequestParam(required = false) Integer created,
                      Model model) {
        model.addAttribute("notice", notice != null && NOTICES.contains(notice) ? notice : null);
        model.addAttribute("created", created == null ? 0 : Math.max(created, 0));
        return Blocking.call(() -> page(defaults(), model));
    }

    /** One night: sets it up, or changes it when it exists. */
    @PostMapping("/staff/nights")
    Mono<String> plan(Model model, ServerWebExchange exchange) {
        return exchange.getFormData().flatMap(form -> Blocking.call(() -> {
            try {
                scheduling.plan(date(form.getFirst("date")), time(form.getFirst("opens")),
                        time(form.getFirst("closes")), places(form.getFirst("restPlaces")));
                return "redirect:/staff/nights?notice=planned";
            } catch (Refusal refused) {
                return refused(refused, form, model, exchange);
            }
        }));
    }

    @PostMapping("/staff/nights/pattern")
    Mono<String> pattern(Model model, ServerWebExchange exchange) {
        return exchange.getFormData().flatMap(form -> Blocking.call(() -> {
            try {
                List<NightView> created = scheduling.pattern(form.getOrDefault("weekdays", List.of()),
                        time(form.getFirst("opens")), time(form.getFirst("closes")),
                        places(form.getFirst("restPlaces")), weeks(form.getFirst("weeks")));
                return "redirect:/staff/nights?notice=pattern&created=" + created.size();
            } catch (Refusal refused) {
                return refused(refused, form, model, exchange);
            }
        }));
    }

    private String refused(Refusal refused, MultiValueMap<String, String> form, Model model,
                           ServerWebExchange exchange) {
        exchange.getResponse().setStatusCode(Problems.statusOf(refused));
        model.addAttribute("error", refused.messageKey());
        return page(new NightForm(form.getFirst("date"), form.getFirst("opens"), form.getFirst("closes"),
                form.getFirst("restPlaces"), form.getOrDefault("weekdays", List.of()), form.getFirst("weeks")), model);
    }

    private String page(NightForm form, Model model) {
        LocalDate today = time.today();
        model.addAttribute("form", form);
        model.addAttribute("weekdays", List.of(DayOfWeek.values()));
        model.addAttribute("maxWeeks", NightScheduling.MAX_WEEKS);
        model.addAttribute("nights", nights.nights(today, today.plusDays(DAYS_SHOWN - 1)).stream()
                .map(n -> new PlannedNight(n, NightBoards.restFree(n, nights.bookings(n.nightId())))).toList());
        return "staff/nights";
    }

    private NightForm defaults() {
        return new NightForm(time.today().toString(), "20:00", "08:00", "12",
                List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY"), "4");
    }

    private static LocalDate date(String date) {
        LocalDate parsed = NightPages.date(date);
        if (parsed == null) {
            throw new InvalidInputException("error.date");
        }
        return parsed;
    }

    private static LocalTime time(String time) {
        try {
            return time == null || time.isBlank() ? null : LocalTime.parse(time.strip());
        } catch (RuntimeException notATime) {
            throw new InvalidInputException("error.time");
        }
    }

    private static int places(String places) {
        try {
            return Integer.parseInt(places == null ? "" : places.strip());
        } catch (NumberFormatException notANumber) {
            throw new NightRefusal(NightRefusal.Reason.REST_PLACES_OUT_OF_RANGE);
        }
    }

    private static int weeks(String weeks) {
        try {
            return Integer.parseInt(weeks == null ? "" : weeks.strip());
        } catch (NumberFormatException notANumber) {
            throw new NightRefusal(NightRefusal.Reason.WEEKS_OUT_OF_RANGE);
        }
    }
}
