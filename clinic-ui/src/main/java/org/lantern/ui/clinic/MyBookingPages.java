package org.lantern.ui.clinic;

import org.lantern.domain.booking.ServiceCatalogue;

import java.time.OffsetDateTime;
import java.util.List;
import org.lantern.application.course.CourseBookingView;
import org.lantern.application.course.CourseChanges;

import org.lantern.application.booking.BookingAccess;
import java.util.Locale;
import org.lantern.application.booking.LookupGuard;
import org.lantern.ui.calendar.CalendarEntries;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import java.time.LocalDateTime;
import org.lantern.application.booking.InvalidInputException;
import org.lantern.application.clinic.BookingMoves;
import org.lantern.application.clinic.CentreChanges;
import org.lantern.projections.clinic.SlotAvailability;

import org.lantern.application.booking.BookingAccess;
import org.lantern.application.booking.BookingCancellation;
import org.lantern.application.booking.BookingNotFound;
import org.lantern.application.booking.BookingView;
import org.lantern.application.nightcentre.NightBookings;
import org.lantern.domain.booking.BookingStatus;
import org.lantern.domain.booking.SharedNames;
import org.lantern.ui.web.Problems;
import org.lantern.domain.booking.Refusal;
import org.lantern.ui.CentreTime;
import org.lantern.ui.web.TooManyRequestsException;
import org.lantern.ui.web.Blocking;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * See or cancel a booking with reference and secret. Both travel in POST bodies only, never in a URL,
 * so they do not end up in browser history or server logs.
 */
@Controller
public class MyBookingPages {

    private final BookingAccess bookings;
    private final BookingCancellation cancellation;
    private final CentreTime time;
    private final NightBookings nights;
    private final LookupGuard guard;
    private final CalendarEntries calendar;
    private final CourseChanges courses;
    private final BookingMoves moves;
    private final CentreChanges changes;
    private final ClinicViews views;
    private final ServiceCatalogue catalogue;
    private final SharedNames sharedNames;

    MyBookingPages(BookingAccess bookings, BookingCancellation cancellation, CentreTime time, NightBookings nights,
                   LookupGuard guard, CalendarEntries calendar, CourseChanges courses, BookingMoves moves,
                   CentreChanges changes, ClinicViews views, ServiceCatalogue catalogue, SharedNames sharedNames) {
        this.sharedNames = sharedNames;
        this.catalogue = catalogue;
        this.bookings = bookings;
        this.cancellation = cancellation;
        this.time = time;
        this.nights = nights;
        this.guard = guard;
        this.calendar = calendar;
        this.courses = courses;
        this.moves = moves;
        this.changes = changes;
        this.views = views;
    }

    /** The booking page offers other times from today to four weeks ahead, and two weeks either side of the booking. */
    static final int MOVE_DAYS_AHEAD = 28;
    static final int MOVE_DAYS_AROUND = 14;

    private static java.time.LocalDate later(java.time.LocalDate a, java.time.LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    /** The holder picks another free time of the same service; a full time is refused and nothing moves. */
    @PostMapping("/my-booking/move")
    Mono<String> move(@ModelAttribute BookingLookup lookup, Model model, ServerWebExchange exchange) {
        BookingLookup asked = lookup.normalised();
        return exchange.getFormData().flatMap(form -> Blocking.call(() -> {
            LocalDateTime to = parseLocal(form.getFirst("start"));
            BookingView moved = moves.move(asked.reference(), asked.secret(), to);
            model.addAttribute("moved", true);
            return found(moved, asked, model);
        })).onErrorResume(TooManyRequestsException.class, limited -> Mono.just(locked(limited, model, exchange)))
                .onErrorResume(BookingNotFound.class, missing -> Mono.just(notFound(model, exchange)))
                .onErrorResume(Refusal.class, refused -> Blocking.call(() -> {
                    exchange.getResponse().setStatusCode(Problems.statusOf(refused));
                    model.addAttribute("error", refused.messageKey());
                    return bookings.find(asked.reference(), asked.secret()).map(b -> found(b, asked, model))
                            .orElse("my-booking");
                }));
    }

    private static LocalDateTime parseLocal(String start) {
        try {
            return LocalDateTime.parse(start == null ? "" : start.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw new InvalidInputException("error.start");
        }
    }

    /** Other free times of the same service, for a booking that can still move. */
    private java.util.List<SlotAvailability> otherTimes(BookingView b) {
        if (!b.active() || b.status() != BookingStatus.BOOKED || catalogue.find(b.service()).isEmpty()) {
            return java.util.List.of();
        }
        java.time.LocalDate from = later(time.today(), b.date().minusDays(MOVE_DAYS_AROUND));
        java.time.LocalDate to = later(time.today().plusDays(MOVE_DAYS_AHEAD), b.date().plusDays(MOVE_DAYS_AROUND));
        return views.availability(b.service(), from, to).stream()
                .filter(s -> s.free() > 0 && !s.date().atTime(s.start()).equals(b.startsAt())).limit(60).toList();
    }

    @GetMapping("/my-booking")
    String lookupForm() {
        return "my-booking";
    }

    /** {@code reveal}: the person tapped to see which service a private appointment is. */
    record Reveal(Boolean reveal) {
    }

    @PostMapping("/my-booking")
    Mono<String> show(@ModelAttribute BookingLookup lookup, @ModelAttribute Reveal reveal, Model model,
                      ServerWebExchange exchange) {
        BookingLookup asked = lookup.normalised();
        model.addAttribute("revealed", Boolean.TRUE.equals(reveal.reveal()));
        return Blocking.call(() -> bookings.find(asked.reference(), asked.secret())
                .map(b -> found(b, asked, model)).orElseGet(() -> missed(asked, model, exchange)))
                .onErrorResume(TooManyRequestsException.class, limited -> Mono.just(locked(limited, model, exchange)));
    }

    /** Cancel asks first: the page says what cancelling does, and only its button cancels. */
    @PostMapping("/my-booking/cancel/ask")
    Mono<String> askToCancel(@ModelAttribute BookingLookup lookup, Model model, ServerWebExchange exchange) {
        BookingLookup asked = lookup.normalised();
        return Blocking.call(() -> bookings.find(asked.reference(), asked.secret()).map(b -> {
            found(b, asked, model);
            model.addAttribute("langAction", "/my-booking/cancel/ask");
            return "cancel-confirm";
        }).orElseGet(() -> missed(asked, model, exchange)))
                .onErrorResume(TooManyRequestsException.class, limited -> Mono.just(locked(limited, model, exchange)));
    }

    /**
     * The booking as a calendar entry (.ics). Reference and secret travel in the body, as for every look-up, so
     * the download's address tells nothing; the file is named neutrally too.
     */
    @PostMapping("/my-booking/calendar")
    Mono<ResponseEntity<String>> calendarEntry(@ModelAttribute BookingLookup lookup, ServerWebExchange exchange) {
        BookingLookup asked = lookup.normalised();
        Locale language = exchange.getLocaleContext().getLocale();
        return Blocking.call(() -> bookings.find(asked.reference(), asked.secret())
                .map(b -> ResponseEntity.ok().contentType(CALENDAR)
                        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"appointment.ics\"")
                        .header(HttpHeaders.CACHE_CONTROL, "no-store")
                        .body(calendar.of(b, language == null ? Locale.ENGLISH : language)))
                .orElseGet(() -> ResponseEntity.status(HttpStatus.SEE_OTHER)
                        .location(java.net.URI.create("/my-booking")).build()));
    }

    static final MediaType CALENDAR = new MediaType("text", "calendar", java.nio.charset.StandardCharsets.UTF_8);

    /** Not found, and how many tries are left before this reference pauses (the same for one that does not exist). */
    private String missed(BookingLookup asked, Model model, ServerWebExchange exchange) {
        String page = notFound(model, exchange);
        int left = org.lantern.domain.booking.BookingReference.parse(asked.reference())
                .map(r -> guard.triesLeft(r.value())).orElse(Integer.MAX_VALUE);
        if (left < Integer.MAX_VALUE) {
            model.addAttribute("triesLeft", left);
        }
        model.addAttribute("typedReference", asked.reference());
        return page;
    }

    /** A place on the night centre's waitlist was offered: the holder takes it here, within the hold. */
    @PostMapping("/my-booking/accept")
    Mono<String> accept(@ModelAttribute BookingLookup lookup, Model model, ServerWebExchange exchange) {
        BookingLookup asked = lookup.normalised();
        return Blocking.call(() -> {
            nights.accept(asked.reference(), asked.secret());
            return found(bookings.require(asked.reference(), asked.secret()), asked, model);
        }).onErrorResume(TooManyRequestsException.class, limited -> Mono.just(locked(limited, model, exchange)))
                .onErrorResume(BookingNotFound.class, missing -> Mono.just(notFound(model, exchange)))
                .onErrorResume(Refusal.class, refused -> Blocking.call(() -> {
                    exchange.getResponse().setStatusCode(Problems.statusOf(refused));
                    model.addAttribute("error", refused.messageKey());
                    return bookings.find(asked.reference(), asked.secret()).map(b -> found(b, asked, model))
                            .orElse("my-booking");
                }));
    }

    /** The booking's page; a course's lists its sessions, each to move or cancel. */
    public String found(BookingView b, BookingLookup asked, Model model) {
        model.addAttribute("booking", b);
        model.addAttribute("private", sharedNames.isPrivate(b.service()));
        if (courses.handles(b)) {
            return courseFound(b, asked, model);
        }
        model.addAttribute("startsAt", time.at(b.date(), b.start()));
        model.addAttribute("lookup", asked);
        model.addAttribute("otherTimes", otherTimes(b));
        model.addAttribute("centreChange", changes.centreChange(b.reference()).orElse(null));
        // the language switch sends the look-up again: the page stays the same, in the new language
        model.addAttribute("langForm", "lang-form");
        model.addAttribute("langAction", "/my-booking");
        if (b.status() == BookingStatus.OFFERED) {
            LocalDateTime until = nights.view(b.reference()).offerExpiresAt();
            model.addAttribute("offerExpiresAt", time.at(until.toLocalDate(), until.toLocalTime()));
        }
        return "my-booking-found";
    }

    private String courseFound(BookingView b, BookingLookup asked, Model model) {
        CourseBookingView course = courses.view(b);
        model.addAttribute("lookup", asked);
        model.addAttribute("places", course.places().stream().map(p -> new CoursePlace(p.n(), p.of(),
                time.at(p.start().toLocalDate(), p.start().toLocalTime()), p.status().code(),
                b.active() && p.active() && p.start().isAfter(time.now()))).toList());
        model.addAttribute("freeTimes", b.active() ? courses.freeTimes(course).stream()
                .map(t -> time.at(t.toLocalDate(), t.toLocalTime())).toList() : List.of());
        return "my-course";
    }

    /** One session of a course on the holder's page: {@code changeable} while it is still to come. */
    public record CoursePlace(int n, int of, OffsetDateTime start, String status, boolean changeable) {
    }

    @PostMapping("/my-booking/cancel")
    Mono<String> cancel(@ModelAttribute BookingLookup lookup, Model model, ServerWebExchange exchange) {
        BookingLookup asked = lookup.normalised();
        return Blocking.call(() -> cancellation.cancel(asked.reference(), asked.secret())
                ? "my-booking-cancelled" : missed(asked, model, exchange)).onErrorResume(TooManyRequestsException.class,
                limited -> Mono.just(locked(limited, model, exchange)))
                .onErrorResume(Refusal.class, refused -> {
                    exchange.getResponse().setStatusCode(HttpStatus.CONFLICT);
                    model.addAttribute("error", refused.messageKey());
                    return Mono.just("my-booking");
                });
    }

    /** Too many wrong secrets for this reference: the form again, with when to try once more. */
    private static String locked(TooManyRequestsException limited, Model model, ServerWebExchange exchange) {
        exchange.getResponse().setStatusCode(HttpStatus.TOO_MANY_REQUESTS);
        exchange.getResponse().getHeaders().addAll(limited.getHeaders());
        model.addAttribute("error", limited.messageKey());
        return "my-booking";
    }

    /** The look-up page again, saying the booking was not found: the same for a wrong secret. */
    public static String notFound(Model model, ServerWebExchange exchange) {
        exchange.getResponse().setStatusCode(HttpStatus.NOT_FOUND);
        model.addAttribute("error", "refused.BOOKING_NOT_FOUND");
        return "my-booking";
    }
}
