package org.lantern.ui.nightcentre;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.lantern.application.booking.Booked;
import org.lantern.application.booking.IdempotencyKey;
import org.lantern.application.booking.Requester;
import org.lantern.application.nightcentre.NightBoards;
import org.lantern.application.nightcentre.NightBookings;
import org.lantern.application.nightcentre.NightItem;
import org.lantern.application.nightcentre.NightRecords;
import org.lantern.application.nightcentre.NightRequest;
import org.lantern.application.nightcentre.NightScheduling;
import org.lantern.application.nightcentre.NightView;
import org.lantern.application.staff.Role;
import org.lantern.application.staff.StaffDirectory;
import org.lantern.domain.booking.Refusal;
import org.lantern.domain.nightcentre.NightRefusal;
import org.lantern.ui.CentreTime;
import org.lantern.ui.web.Blocking;
import org.lantern.ui.web.Problems;
import org.lantern.ui.web.ShownOnce;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebSession;
import reactor.core.publisher.Mono;

/**
 * Night staff's pages beside the board (NIGHT_STAFF, MANAGER): the childcare roster of any night, and booking a rest
 * place or childcare for a person at the door. Both go through the night centre's own use cases. Every POST answers
 * with a redirect; a door booking's reference and secret wait in the staff session for the one page that shows them.
 */
@Controller
class NightShiftPages {

    static final String RECEIPT = "door.receipt";
    private static final Set<Role> CHILDCARE = EnumSet.of(Role.NIGHT_STAFF);

    private final NightScheduling scheduling;
    private final NightBookings bookings;
    private final NightRecords nights;
    private final NightBoards boards;
    private final StaffDirectory staff;
    private final CentreTime time;

    NightShiftPages(NightScheduling scheduling, NightBookings bookings, NightRecords nights, NightBoards boards,
                    StaffDirectory staff, CentreTime time) {
        this.scheduling = scheduling;
        this.bookings = bookings;
        this.nights = nights;
        this.boards = boards;
        this.staff = staff;
        this.time = time;
    }

    /** A door booking's codes, kept in the staff session until shown once. */
    record DoorReceipt(String reference, String secret, String status, OffsetDateTime opensAt) {

        @Override
        public String toString() {
            return "DoorReceipt[" + reference + "]";
        }
    }

    /** One rostered member of staff on the form: whether they are on duty that night. */
    record OnDuty(String username, boolean on) {
    }

    @GetMapping("/staff/night/roster")
    Mono<String> roster(@RequestParam(required = false) String date, @RequestParam(required = false) String notice,
                        Model model) {
        model.addAttribute("notice", "saved".equals(notice) ? notice : null);
        return Blocking.call(() -> rosterPage(chosen(date), null, model));
    }

    @PostMapping("/staff/night/roster")
    Mono<String> setRoster(Model model, ServerWebExchange exchange) {
        return exchange.getFormData().flatMap(form -> Blocking.call(() -> {
            LocalDate date = NightPages.date(form.getFirst("date"));
            List<String> chosen = form.getOrDefault("childcareStaff", List.of());
            try {
                if (date == null) {
                    throw new NightRefusal(NightRefusal.Reason.NIGHT_NOT_FOUND);
                }
                scheduling.roster(date, chosen);
                return "redirect:/staff/night/roster?date=" + date + "&notice=saved";
            } catch (Refusal refused) {
                exchange.getResponse().setStatusCode(Problems.statusOf(refused));
                model.addAttribute("error", refused.messageKey());
                return rosterPage(date == null ? boards.tonight() : date, chosen, model);
            }
        }));
    }

    @GetMapping("/staff/night/door")
    Mono<String> door(Model model) {
        return Blocking.call(() -> doorPage(NightPages.emptyForm(), model));
    }

    @PostMapping("/staff/night/door")
    Mono<String> book(@ModelAttribute NightPages.NightForm form, WebSession session, Model model,
                      ServerWebExchange exchange) {
        return Blocking.call(() -> {
            try {
                NightRequest request = NightRequest.of(NightPages.date(form.date()), form.kind(), form.pseudonym(),
                        form.children(), form.waitlist(), exchange.getLocaleContext().getLocale(), form.needs());
                String key = ShownOnce.formKey(form.idempotencyKey());
                // the door books for many people: the cap per address would stop it after a few
                Booked<NightItem> booked = bookings.book(request, IdempotencyKey.parse(key),
                        Requester.of("night-door:" + UUID.randomUUID(), Optional.empty()));
                session.getAttributes().put(RECEIPT, new DoorReceipt(booked.reference(), booked.secret(),
                        booked.status().code(), time.at(booked.item().date(), booked.item().opens())));
                return "redirect:/staff/night/door/booked";
            } catch (Refusal refused) {
                exchange.getResponse().setStatusCode(Problems.statusOf(refused));
                model.addAttribute("error", Problems.pageMessage(refused));
                return doorPage(form, model);
            }
        });
    }

    /** Shows the codes once: the receipt leaves the session as it is read. */
    @GetMapping("/staff/night/door/booked")
    String booked(WebSession session, Model model) {
        // a reload, or a second tab, finds nothing: the page then says the codes were shown already
        model.addAttribute("receipt", session.getAttributes().remove(RECEIPT));
        return "staff/night-door-booked";
    }

    private String doorPage(NightPages.NightForm form, Model model) {
        model.addAttribute("nights", NightPages.choices(nights, time));
        model.addAttribute("form", form);
        model.addAttribute("accessTicks", java.util.Arrays.stream(org.lantern.domain.booking.Needs.AccessTick.values())
                .map(org.lantern.domain.booking.Needs.AccessTick::code).toList());
        return "staff/night-door";
    }

    private String rosterPage(LocalDate date, List<String> typed, Model model) {
        Optional<NightView> night = nights.night(date);
        List<String> onDuty = typed != null ? typed : night.map(NightView::childcareStaff).orElse(List.of());
        List<String> names = new ArrayList<>(staff.enabledWithAny(CHILDCARE));
        onDuty.stream().filter(n -> !names.contains(n)).forEach(names::add);
        model.addAttribute("date", date);
        model.addAttribute("night", night.orElse(null));
        model.addAttribute("staff", names.stream().map(n -> new OnDuty(n, onDuty.contains(n))).toList());
        model.addAttribute("headroom", night.map(n -> NightBoards.headroom(n, nights.bookings(n.nightId())))
                .orElse(null));
        model.addAttribute("nights", nights.nights(boards.tonight(), boards.tonight().plusDays(NightPages.NIGHTS_SHOWN))
                .stream().map(NightView::date).toList());
        return "staff/night-roster";
    }

    private LocalDate chosen(String date) {
        LocalDate parsed = NightPages.date(date);
        return parsed == null ? boards.tonight() : parsed;
    }
}
