package org.lantern.ui.reception;

import org.lantern.application.sites.Sites;

import org.lantern.domain.booking.CatalogueEntry;
import org.lantern.domain.booking.ServiceCatalogue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.lantern.application.booking.Booked;
import org.lantern.application.clinic.SlotItem;
import org.lantern.application.clinic.SlotBookings;
import org.lantern.application.clinic.SlotRequest;
import org.lantern.application.reception.DeskBooking;
import org.lantern.application.reception.ReceptionDesk;
import org.lantern.domain.booking.Refusal;
import org.lantern.domain.booking.Needs;
import org.lantern.domain.booking.Service;
import org.lantern.domain.booking.SharedNames;
import org.lantern.domain.session.SessionRefusal;
import org.lantern.projections.clinic.SlotAvailability;
import org.lantern.ui.CentreTime;
import org.lantern.ui.clinic.ClinicViews;
import org.lantern.ui.web.Blocking;
import org.lantern.ui.web.Problems;
import org.springframework.security.core.Authentication;
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
 * Reception's desk (RECEPTION, MANAGER): book a free time for a person in front of them or on the phone, look a
 * booking up by reference alone, and cancel it after a confirmation. Every POST answers with a redirect
 * (post/redirect/get). The reference and secret of a new booking wait in the member of staff's session for the one
 * page that shows them, and are gone from it once shown: never in a URL, never shown twice.
 */
@Controller
class ReceptionDeskPages {

    static final int DAYS_SHOWN = 14;
    static final String RECEIPT = "desk.receipt";
    /** What a redirect may say back, by key: never free text in a URL. */
    private static final Set<String> NOTICES = Set.of("cancelled");
    /** Sentences for reception where the person's own sentence would speak to the wrong reader. */
    private static final Map<String, String> AT_THE_DESK = Map.of(
            "refused.BOOKING_NOT_FOUND", "staff.desk.not-found",
            "refused.SLOT_FULL", "staff.desk.slot-full",
            "refused.NOT_A_SLOT", "staff.desk.choose-time",
            "error.session", "staff.desk.choose-time",
            "error.pseudonym", "staff.desk.pseudonym-rule",
            "error.booking-cap", "staff.desk.contact-cap",
            // the API's sentence names the service; the desk's screen asks for the tick in its own words
            SlotBookings.CONSENT_REQUIRED, "staff.desk.consent-required");

    private final ReceptionDesk desk;
    private final ClinicViews views;
    private final CentreTime time;
    private final ServiceCatalogue catalogue;
    private final SharedNames sharedNames;
    private final Sites sites;

    ReceptionDeskPages(ReceptionDesk desk, ClinicViews views, CentreTime time, ServiceCatalogue catalogue, SharedNames sharedNames, Sites sites) {
        this.sites = sites;
        this.sharedNames = sharedNames;
        this.catalogue = catalogue;
        this.desk = desk;
        this.views = views;
        this.time = time;
    }

    /** {@code slot} is "sessionId@HH:MM", one radio button per free time. */
    /** {@code service} as the page names it (a private service by its shared name); {@code consent} for it. */
    record DeskForm(String service, String slot, String pseudonym, String contact, Boolean consent,
                    String clinicianGender, String interpreter, List<String> access, String accessText) {

        DeskForm(String service, String slot, String pseudonym, String contact) {
            this(service, slot, pseudonym, contact, null, "", "", List.of(), "");
        }

        /** What the person asked for, as on their own booking form. */
        Needs needs() {
            return Needs.of(clinicianGender, interpreter, access, accessText);
        }

        public boolean ticked(String code) {
            return access != null && access.contains(code);
        }

        @Override
        public String toString() {
            return "DeskForm[" + service + ", " + slot + "]";
        }
    }

    record CancelForm(String reference) {
    }

    /** A new booking's codes, kept in the staff session until shown once. */
    record Receipt(String reference, String secret, String service, OffsetDateTime start) {

        @Override
        public String toString() {
            return "Receipt[" + reference + "]";
        }
    }

    record Day(LocalDate date, List<SlotAvailability> slots) {
    }

    @GetMapping("/staff/desk")
    Mono<String> desk(@RequestParam(required = false) String service,
                      @RequestParam(required = false) String notice, Model model, ServerWebExchange exchange) {
        model.addAttribute("notice", notice != null && NOTICES.contains(notice) ? notice : null);
        return Blocking.call(() -> page(new DeskForm(service(service), null, "", ""), model, exchange));
    }

    @PostMapping("/staff/desk/book")
    Mono<String> book(@ModelAttribute DeskForm form, Authentication who, WebSession session, Model model,
                      ServerWebExchange exchange) {
        return Blocking.call(() -> {
            try {
                LocalDateTime start = startOf(form.slot());
                SlotRequest request = SlotRequest.of(sessionOf(form.slot()), start, form.pseudonym(),
                        form.contact(), false, exchange.getLocaleContext().getLocale(), form.needs(),
                        Boolean.TRUE.equals(form.consent()));
                if (start == null) {
                    throw new SessionRefusal(SessionRefusal.Reason.NOT_A_SLOT);
                }
                Booked<SlotItem> booked = desk.book(request, DeskStaff.of(who, exchange));
                session.getAttributes().put(RECEIPT, new Receipt(booked.reference(), booked.secret(),
                        label(booked.item().service()), time.at(booked.item().date(), booked.item().start())));
                return "redirect:/staff/desk/booked";
            } catch (Refusal refused) {
                refuse(refused, model, exchange);
                return page(new DeskForm(service(form.service()), form.slot(), form.pseudonym(), form.contact(),
                        form.consent(), form.clinicianGender(), form.interpreter(), form.access(), form.accessText()),
                        model, exchange);
            }
        });
    }

    /** Shows the codes once: the receipt leaves the session as it is read. */
    @GetMapping("/staff/desk/booked")
    String booked(WebSession session, Model model) {
        // a reload, or a second tab, finds nothing: the page then says the codes were shown already
        model.addAttribute("receipt", session.getAttributes().remove(RECEIPT));
        return "staff/desk-booked";
    }

    @GetMapping("/staff/desk/booking")
    Mono<String> find(@RequestParam(required = false) String reference, Authentication who, Model model,
                      ServerWebExchange exchange) {
        return Blocking.call(() -> shown(reference, who, model, exchange, "staff/desk-booking"));
    }

    @GetMapping("/staff/desk/booking/cancel")
    Mono<String> confirm(@RequestParam(required = false) String reference, Authentication who, Model model,
                         ServerWebExchange exchange) {
        return Blocking.call(() -> shown(reference, who, model, exchange, "staff/desk-cancel"));
    }

    @PostMapping("/staff/desk/booking/cancel")
    Mono<String> cancel(@ModelAttribute CancelForm form, Authentication who, Model model, ServerWebExchange exchange) {
        return Blocking.call(() -> {
            try {
                desk.cancel(form.reference(), DeskStaff.of(who, exchange));
                return "redirect:/staff/desk?notice=cancelled";
            } catch (Refusal refused) {
                refuse(refused, model, exchange);
                return page(new DeskForm(service(null), null, "", ""), model, exchange);
            }
        });
    }

    private String shown(String reference, Authentication who, Model model, ServerWebExchange exchange,
                         String view) {
        try {
            DeskBooking booking = desk.find(reference, DeskStaff.of(who, exchange));
            model.addAttribute("booking", booking);
            model.addAttribute("startsAt", time.at(booking.date(), booking.start()));
            return view;
        } catch (Refusal refused) {
            refuse(refused, model, exchange);
            return page(new DeskForm(service(null), null, "", ""), model, exchange);
        }
    }

    private String page(DeskForm form, Model model, ServerWebExchange exchange) {
        LocalDate today = time.today();
        Map<LocalDate, List<SlotAvailability>> byDay = views.availability(form.service(), today,
                        today.plusDays(DAYS_SHOWN - 1)).stream()
                .filter(s -> s.free() > 0 && !s.date().atTime(s.start()).isBefore(time.now()))
                .collect(Collectors.groupingBy(SlotAvailability::date, TreeMap::new, Collectors.toList()));
        model.addAttribute("form", form);
        model.addAttribute("genders", Needs.GENDERS);
        model.addAttribute("accessTicks", java.util.Arrays.stream(Needs.AccessTick.values())
                .map(Needs.AccessTick::code).toList());
        model.addAttribute("shownService", sharedNames.handle(form.service()));
        model.addAttribute("asksConsent", catalogue.find(form.service()).map(CatalogueEntry::asksConsent).orElse(false));
        model.addAttribute("services", catalogue.all());
        model.addAttribute("handles", handles());
        model.addAttribute("days", byDay.entrySet().stream().map(e -> new Day(e.getKey(), e.getValue())).toList());
        // every site's times are here: each says where, so the person knows where to go
        model.addAttribute("siteNames", sites.shownIn(exchange.getLocaleContext().getLocale()).stream()
                .collect(Collectors.toMap(Sites.Shown::code, Sites.Shown::name)));
        return "staff/desk";
    }

    private static void refuse(Refusal refused, Model model, ServerWebExchange exchange) {
        exchange.getResponse().setStatusCode(Problems.statusOf(refused));
        model.addAttribute("error", AT_THE_DESK.getOrDefault(refused.messageKey(), refused.messageKey()));
    }

    private String label(Service service) {
        return sharedNames.shown(service);
    }

    /** Each service's name in the page's own links: a private one's never its code. */
    private Map<String, String> handles() {
        Map<String, String> handles = new java.util.HashMap<>();
        catalogue.all().forEach(e -> handles.put(e.code(), sharedNames.handle(e.code())));
        return handles;
    }

    private static String sessionOf(String slot) {
        return slot == null || slot.indexOf('@') < 1 ? null : slot.substring(0, slot.lastIndexOf('@'));
    }

    private LocalDateTime startOf(String slot) {
        String session = sessionOf(slot);
        if (session == null) {
            return null;
        }
        try {
            LocalTime at = LocalTime.parse(slot.substring(slot.lastIndexOf('@') + 1));
            return views.session(session).map(s -> s.date().atTime(at)).orElse(null);
        } catch (RuntimeException notATime) {
            return null;
        }
    }

    /** A service code, or the name the page's own links use for a private one ("private"); else the first. */
    private String service(String shown) {
        return sharedNames.fromHandle(shown).or(() -> catalogue.all().stream().findFirst())
                .map(CatalogueEntry::code).orElse("");
    }
}
