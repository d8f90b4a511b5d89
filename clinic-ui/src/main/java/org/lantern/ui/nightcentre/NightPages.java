package org.lantern.ui.nightcentre;

import org.lantern.domain.booking.Needs;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.lantern.application.booking.Booked;
import org.lantern.application.booking.IdempotencyKey;
import org.lantern.application.booking.Requester;
import org.lantern.application.nightcentre.NightBoards;
import org.lantern.application.nightcentre.NightBookings;
import org.lantern.application.nightcentre.NightItem;
import org.lantern.application.nightcentre.NightRecords;
import org.lantern.application.nightcentre.NightRequest;
import org.lantern.domain.booking.Refusal;
import org.lantern.ui.CentreTime;
import org.lantern.ui.security.ClientAddress;
import org.lantern.ui.web.Blocking;
import org.lantern.ui.web.Problems;
import org.lantern.ui.web.ShownOnce;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** A rest place or childcare at the night centre, booked from a phone: the nights ahead and one form. */
@Controller
class NightPages {

    static final int NIGHTS_SHOWN = 15;
    static final String FLOW = "night";

    private final NightRecords nights;
    private final NightBookings bookings;
    private final CentreTime time;

    NightPages(NightRecords nights, NightBookings bookings, CentreTime time) {
        this.nights = nights;
        this.bookings = bookings;
        this.time = time;
    }

    /** Up to three children on the page (the API takes six). */
    record NightForm(String date, String kind, String pseudonym, String child1, String band1, String child2,
                     String band2, String child3, String band3, Boolean waitlist, String idempotencyKey,
                     String interpreter, List<String> access, String accessText) {

        /** What the person asked for: a night has no clinician to choose, so no gender. */
        Needs needs() {
            return Needs.of(null, interpreter, access, accessText);
        }

        public String clinicianGender() {
            return null;
        }

        public boolean ticked(String code) {
            return access != null && access.contains(code);
        }

        @Override
        public String toString() {
            return "NightForm[" + date + ", " + kind + "]";
        }

        List<NightRequest.TypedChild> children() {
            List<NightRequest.TypedChild> children = new ArrayList<>();
            add(children, child1, band1);
            add(children, child2, band2);
            add(children, child3, band3);
            return children;
        }

        private static void add(List<NightRequest.TypedChild> children, String name, String band) {
            if (name != null && !name.isBlank()) {
                children.add(new NightRequest.TypedChild(name, band));
            }
        }
    }

    /** A night on the form's list: what is still free. */
    record NightChoice(LocalDate date, String opens, String closes, int restFree, int under2, int two, int threePlus) {
    }

    @GetMapping("/night/book")
    Mono<String> form(Model model) {
        return Blocking.call(() -> page(model, emptyForm()));
    }

    /** Books, then on to the one page that shows the secret (Post/Redirect/Get, as for the clinic: ShownOnce). */
    @PostMapping("/night/book")
    Mono<String> book(@ModelAttribute NightForm form, Model model, ServerWebExchange exchange) {
        return exchange.getSession().flatMap(pageSession -> Blocking.call(() -> {
            try {
                NightRequest request = NightRequest.of(date(form.date()), form.kind(), form.pseudonym(),
                        form.children(), form.waitlist(), exchange.getLocaleContext().getLocale(), form.needs());
                String key = ShownOnce.formKey(form.idempotencyKey());
                Booked<NightItem> booked = bookings.book(request, IdempotencyKey.parse(key),
                        Requester.of(ClientAddress.of(exchange), Optional.empty()));
                ShownOnce.keepOnce(pageSession, key, () -> new ShownOnce.Receipt(FLOW, booked.reference(),
                        booked.secret(), time.at(booked.item().date(), booked.item().opens()),
                        !"booked".equals(booked.status().code()), false));
                return "redirect:/night/done";
            } catch (Refusal refused) {
                exchange.getResponse().setStatusCode(Problems.statusOf(refused));
                model.addAttribute("error", Problems.pageMessage(refused));
                return page(model, form);
            }
        }));
    }

    @GetMapping("/night/done")
    Mono<String> done(Model model, ServerWebExchange exchange) {
        return ShownOnce.showWaiting(exchange, FLOW, receipt -> showReceipt(receipt, model));
    }

    /** That page's language switch: the secret once more for the page's single-use token. */
    @PostMapping("/night/done")
    Mono<String> doneAgain(@ModelAttribute Again again, Model model, ServerWebExchange exchange) {
        return ShownOnce.showAgain(exchange, FLOW, again.token(), receipt -> showReceipt(receipt, model));
    }

    record Again(String token) {
    }

    private static String showReceipt(ShownOnce.Receipt receipt, Model model) {
        return ShownOnce.onPage(model, receipt, "/night/done", "night-booked");
    }

    private String page(Model model, NightForm form) {
        model.addAttribute("nights", choices(nights, time));
        model.addAttribute("form", form);
        model.addAttribute("accessTicks", java.util.Arrays.stream(Needs.AccessTick.values())
                .map(Needs.AccessTick::code).toList());
        return "night-book";
    }

    /** The nights that can still be booked, with what is free: for this page and night staff's door page. */
    static List<NightChoice> choices(NightRecords nights, CentreTime time) {
        LocalDate today = time.today();
        return nights.nights(today.minusDays(1), today.plusDays(NIGHTS_SHOWN - 1)).stream()
                .filter(n -> n.closesAt().isAfter(time.now())).map(n -> {
                    var held = nights.bookings(n.nightId());
                    var room = NightBoards.headroom(n, held);
                    return new NightChoice(n.date(), n.opens().toString(), n.closes().toString(),
                            NightBoards.restFree(n, held), room.under2(), room.two(), room.threePlus());
                }).toList();
    }

    static NightForm emptyForm() {
        return new NightForm(null, "rest", "", "", "under2", "", "under2", "", "under2", false,
                UUID.randomUUID().toString(), "", List.of(), "");
    }

    static LocalDate date(String date) {
        try {
            return date == null || date.isBlank() ? null : LocalDate.parse(date);
        } catch (RuntimeException notADate) {
            return null;
        }
    }
}
