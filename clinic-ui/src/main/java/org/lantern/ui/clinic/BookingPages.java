package org.lantern.ui.clinic;

import org.lantern.domain.booking.CatalogueEntry;
import org.lantern.domain.booking.ServiceCatalogue;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import org.lantern.application.booking.IdempotencyKey;
import org.lantern.application.booking.Requester;
import org.lantern.application.clinic.SessionView;
import org.lantern.application.clinic.SlotBookings;
import org.lantern.application.clinic.SlotRequest;
import org.lantern.application.sites.SiteDirectory;
import org.lantern.application.sites.Sites;
import org.lantern.domain.booking.Needs;
import org.lantern.domain.booking.Refusal;
import org.lantern.domain.booking.SharedNames;
import org.lantern.projections.clinic.SlotAvailability;
import org.lantern.ui.CentreTime;
import org.lantern.ui.security.ClientAddress;
import org.lantern.ui.web.Blocking;
import org.lantern.ui.web.Problems;
import org.lantern.ui.web.ShownOnce;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * The service user's pages: choose a slot, give a pseudonym, take away a reference and a secret. The booking
 * form posts, then redirects to the one page that shows the secret (Post/Redirect/Get, {@link ShownOnce}). No
 * address names a service: a list of times is {@code /book?list=N} (the service's catalogue number), and a private service
 * is chosen in a form body ({@code POST /book/choose}) after its consent step.
 */
@Controller
class BookingPages {

    static final int DAYS_SHOWN = 14;
    static final String FLOW = "clinic";
    /** A booking form kept over a time-out ({@link ExpiredBookingForm}), for the form page to fill in again. */
    static final String DRAFT = "lantern.booking-draft";

    private final ClinicViews views;
    private final SlotBookings bookings;
    private final CentreTime time;
    private final ServiceCatalogue catalogue;
    private final SharedNames sharedNames;
    private final Sites sites;

    BookingPages(ClinicViews views, SlotBookings bookings, CentreTime time, ServiceCatalogue catalogue, SharedNames sharedNames,
                 Sites sites) {
        this.sharedNames = sharedNames;
        this.catalogue = catalogue;
        this.sites = sites;
        this.views = views;
        this.bookings = bookings;
        this.time = time;
    }

    record BookingForm(String session, String start, String pseudonym, String contact,
                       Boolean remindersMayNameService, String idempotencyKey, Boolean consent,
                       String clinicianGender, String interpreter, List<String> access, String accessText)
            implements java.io.Serializable {

        BookingForm(String session, String start, String key, boolean consent) {
            this(session, start, "", "", false, key, consent, "", "", List.of(), "");
        }

        public boolean consented() {
            return Boolean.TRUE.equals(consent);
        }

        public Needs needs() {
            return Needs.of(clinicianGender, interpreter, access, accessText);
        }

        public boolean ticked(String code) {
            return access != null && access.contains(code);
        }

        @Override
        public String toString() {
            return "BookingForm[" + session + ", " + start + "]";
        }
    }

    record Day(LocalDate date, List<SlotAvailability> slots) {
    }

    @GetMapping("/")
    String home(Model model) {
        return home(model, null);
    }

    private String home(Model model, String error) {
        List<CatalogueEntry> services = catalogue.all();
        model.addAttribute("services", services);
        model.addAttribute("lists", services.stream().collect(Collectors.toMap(CatalogueEntry::code,
                e -> Integer.toString(e.number()))));
        if (error != null) {
            model.addAttribute("error", error);
        }
        return "home";
    }

    /**
     * A list of times by its neutral number, at one site ({@code site}, a code: naming a place is fine) or at every
     * site; a private service is chosen with {@code POST /book/choose}.
     */
    @GetMapping("/book")
    Mono<String> slots(@RequestParam(defaultValue = "1") String list,
                       @RequestParam(name = "service", required = false) String named,
                       @RequestParam(required = false) String site, Model model, ServerWebExchange exchange) {
        if (named != null) {
            // an old bookmark that names a service: the choice starts again, with neutral addresses
            return Mono.just(home(model, null));
        }
        Optional<CatalogueEntry> service = list.matches("[0-9]{1,4}")
                ? catalogue.byNumber(Integer.parseInt(list)) : Optional.empty();
        if (service.isEmpty()) {
            exchange.getResponse().setStatusCode(HttpStatus.NOT_FOUND);
            return Mono.just(home(model, "error.service"));
        }
        if (service.get().isPrivate()) {
            // an old bookmark: the choice starts again, without the service in the address
            return Mono.just(home(model, null));
        }
        return times(service.get().code(), false, site, model, exchange);
    }

    /**
     * The service travels in the form's body, so the address bar and the history never name it. A private service
     * shows its consent step first (the one page that names it); agreeing shows its times as a private
     * appointment.
     */
    @PostMapping("/book/choose")
    Mono<String> choose(@ModelAttribute ServiceChoice choice, Model model, ServerWebExchange exchange) {
        // a service's code, or (from the times page's own site form) a private service's handle
        Optional<CatalogueEntry> chosen = sharedNames.fromHandle(choice.service());
        String service = chosen.map(CatalogueEntry::code).orElse("");
        if (chosen.isEmpty()) {
            exchange.getResponse().setStatusCode(HttpStatus.NOT_FOUND);
            return Mono.just(home(model, "error.service"));
        }
        if (chosen.get().asksConsent() && !Boolean.TRUE.equals(choice.consent())) {
            model.addAttribute("service", service);
            return Mono.just("book-consent");
        }
        return times(service, Boolean.TRUE.equals(choice.consent()), choice.site(), model, exchange);
    }

    record ServiceChoice(String service, Boolean consent, String site) {
    }

    /** The free times of the coming days, at the site asked for (at every site without one). */
    private Mono<String> times(String service, boolean consent, String site, Model model,
                               ServerWebExchange exchange) {
        return Blocking.call(() -> {
            Locale locale = exchange.getLocaleContext().getLocale();
            String at = site == null || site.isBlank() ? null : sites.find(site.strip())
                    .filter(s -> !Sites.OUTREACH.equals(s.kind())).map(SiteDirectory.Site::code).orElse(null);
            if (site != null && !site.isBlank() && at == null) {
                exchange.getResponse().setStatusCode(HttpStatus.NOT_FOUND);
                return home(model, "error.site");
            }
            LocalDate today = time.today();
            Map<LocalDate, List<SlotAvailability>> byDay = views.availability(service, today,
                    today.plusDays(DAYS_SHOWN - 1), at).stream().filter(s -> s.free() > 0)
                    .collect(Collectors.groupingBy(SlotAvailability::date, TreeMap::new, Collectors.toList()));
            List<Sites.Shown> bookable = sites.bookableIn(locale);
            model.addAttribute("service", sharedNames.shown(service));
            // the page's own form names a private service by its handle: after the consent step no page names it
            model.addAttribute("chosen", sharedNames.handle(service));
            model.addAttribute("list", catalogue.find(service).map(e -> Integer.toString(e.number())).orElse(null));
            model.addAttribute("consent", consent);
            model.addAttribute("sites", bookable);
            model.addAttribute("site", at);
            model.addAttribute("siteNames", bookable.stream()
                    .collect(Collectors.toMap(Sites.Shown::code, Sites.Shown::name)));
            model.addAttribute("days", byDay.entrySet().stream().map(e -> new Day(e.getKey(), e.getValue())).toList());
            return "book";
        });
    }

    @GetMapping("/book/slot")
    Mono<String> form(@RequestParam String session, @RequestParam String start,
                      @RequestParam(required = false) Boolean consent, Model model, ServerWebExchange exchange) {
        return exchange.getSession().flatMap(pageSession -> Blocking.call(() -> {
            LocalTime at = parseTime(start);
            var found = views.session(session).filter(s -> at != null && s.slotStarts().contains(at));
            if (found.isEmpty()) {
                exchange.getResponse().setStatusCode(HttpStatus.NOT_FOUND);
                model.addAttribute("error", "refused.NOT_A_SLOT");
                return "book-form";
            }
            BookingForm kept = (BookingForm) pageSession.getAttributes().remove(DRAFT);
            if (kept != null && session.equals(kept.session()) && at.toString().equals(kept.start())) {
                model.addAttribute("notice", "form.kept");
                return showForm(model, found.get(), kept);
            }
            return showForm(model, found.get(), new BookingForm(session, at.toString(), UUID.randomUUID().toString(),
                    Boolean.TRUE.equals(consent)));
        }));
    }

    /** The language switch of the form page: the same form again, with what was typed, in the new language. */
    @PostMapping("/book/form")
    Mono<String> formAgain(@ModelAttribute BookingForm form, Model model, ServerWebExchange exchange) {
        return Blocking.call(() -> {
            LocalTime at = parseTime(form.start());
            var found = form.session() == null ? Optional.<SessionView>empty() : views.session(form.session())
                    .filter(s -> at != null && s.slotStarts().contains(at));
            if (found.isEmpty()) {
                exchange.getResponse().setStatusCode(HttpStatus.NOT_FOUND);
                model.addAttribute("error", "refused.NOT_A_SLOT");
                return "book-form";
            }
            return showForm(model, found.get(), form);
        });
    }

    private String showForm(Model model, SessionView slot, BookingForm form) {
        showSlot(model, slot);
        model.addAttribute("form", form);
        return "book-form";
    }

    @PostMapping("/book")
    Mono<String> book(@ModelAttribute BookingForm form, Model model, ServerWebExchange exchange) {
        String key = ShownOnce.formKey(form.idempotencyKey());
        return exchange.getSession().flatMap(pageSession -> Blocking.call(() -> {
            LocalTime at = parseTime(form.start());
            var session = form.session() == null ? Optional.<SessionView>empty() : views.session(form.session());
            model.addAttribute("form", form);
            session.ifPresent(s -> showSlot(model, s));
            if (session.isEmpty() || at == null) {
                return refuse(exchange, model, HttpStatus.NOT_FOUND, "refused.NOT_A_SLOT");
            }
            try {
                SlotRequest booking = SlotRequest.of(form.session(), session.get().date().atTime(at), form.pseudonym(),
                        form.contact(), form.remindersMayNameService(), exchange.getLocaleContext().getLocale(),
                        form.needs(), form.consented());
                var receipt = bookings.book(booking, IdempotencyKey.parse(key),
                        Requester.of(ClientAddress.of(exchange), booking.contact()));
                ShownOnce.keepOnce(pageSession, key, () -> new ShownOnce.Receipt(FLOW, receipt.reference(),
                        receipt.secret(), time.at(session.get().date(), at), false,
                        sharedNames.isPrivate(session.get().service())));
                return "redirect:/book/done";
            } catch (Refusal e) {
                // the form's own retry key: a person never sees the word Idempotency-Key
                String message = switch (e.messageKey()) {
                    case "error.idempotency-key-busy" -> "page.booking-busy";
                    // the API's sentence tells a program what to send; the page asks for the tick
                    case SlotBookings.CONSENT_REQUIRED -> "page.consent-required";
                    default -> e.messageKey();
                };
                return refuse(exchange, model, Problems.statusOf(e), message);
            }
        }));
    }

    /** The one page that shows the secret; after it, this address shows only that the booking is made. */
    @GetMapping("/book/done")
    Mono<String> done(Model model, ServerWebExchange exchange) {
        return ShownOnce.showWaiting(exchange, FLOW, receipt -> showReceipt(receipt, model));
    }

    /** The language switch of that page: the secret once more, in the chosen language, for the page's token. */
    @PostMapping("/book/done")
    Mono<String> doneAgain(@ModelAttribute Again again, Model model, ServerWebExchange exchange) {
        return ShownOnce.showAgain(exchange, FLOW, again.token(), receipt -> showReceipt(receipt, model));
    }

    /** The language switch's form on the page that shows the secret: its single-use token. */
    record Again(String token) {
    }

    private static String showReceipt(ShownOnce.Receipt receipt, Model model) {
        model.addAttribute("startsAt", receipt.startsAt());
        model.addAttribute("private", receipt.privateService());
        return ShownOnce.onPage(model, receipt, "/book/done", "booked");
    }

    /**
     * The slot, and for the police clinic the consent wording with its tick box (until it is ticked); the list it
     * came from (not for a private service, whose list has no address); the form's language switch.
     */
    private void showSlot(Model model, SessionView slot) {
        Optional<CatalogueEntry> service = catalogue.find(slot.service());
        model.addAttribute("slot", slot);
        model.addAttribute("asksConsent", service.map(CatalogueEntry::asksConsent).orElse(false));
        model.addAttribute("private", sharedNames.isPrivate(slot.service()));
        model.addAttribute("genders", Needs.GENDERS);
        model.addAttribute("accessTicks", java.util.Arrays.stream(Needs.AccessTick.values())
                .map(Needs.AccessTick::code).toList());
        if (service.isPresent() && !service.get().isPrivate()) {
            model.addAttribute("list", Integer.toString(service.get().number()));
        }
        model.addAttribute("langForm", "booking");
        model.addAttribute("langAction", "/book/form");
    }

    private static String refuse(ServerWebExchange exchange, Model model, HttpStatus status, String messageKey) {
        exchange.getResponse().setStatusCode(status);
        model.addAttribute("error", messageKey);
        // a place that is gone or a time that has begun cannot be booked: the form is not offered again
        model.addAttribute("bookable", !List.of("refused.SLOT_FULL", "refused.SLOT_IN_PAST", "refused.NOT_A_SLOT")
                .contains(messageKey));
        return "book-form";
    }

    static LocalTime parseTime(String text) {
        try {
            return text == null ? null : LocalTime.parse(text.strip().toUpperCase(Locale.ROOT));
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
