package org.lantern.ui.clinic;

import org.lantern.domain.booking.ServiceCatalogue;

import org.lantern.application.clinic.BookingMoves;
import java.net.URI;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import org.lantern.application.booking.Booked;
import org.lantern.application.booking.BookingAccess;
import org.lantern.application.booking.BookingCancellation;
import org.lantern.application.booking.BookingNotFound;
import org.lantern.application.booking.BookingView;
import org.lantern.application.booking.IdempotencyKey;
import org.lantern.application.booking.InvalidInputException;
import org.lantern.application.booking.Requester;
import org.lantern.application.clinic.SlotBookings;
import org.lantern.application.clinic.SlotItem;
import org.lantern.application.clinic.SlotRequest;
import org.lantern.domain.booking.Needs;
import org.lantern.ui.staff.StaffAccounts;
import org.lantern.ui.CentreTime;
import org.lantern.ui.security.ClientAddress;
import org.lantern.ui.web.Blocking;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** What a service user can do without an account: see free slots, book, look up and cancel. */
@RestController
@RequestMapping("/api/v1")
class PublicBookingApi {

    static final int MAX_RANGE_DAYS = 62;

    private final ClinicViews views;
    private final SlotBookings bookings;
    private final BookingAccess access;
    private final BookingCancellation cancellation;
    private final CentreTime time;
    private final StaffAccounts staff;
    private final BookingMoves moves;
    private final ServiceCatalogue catalogue;

    PublicBookingApi(ClinicViews views, SlotBookings bookings, BookingAccess access, BookingCancellation cancellation,
                     CentreTime time, StaffAccounts staff, BookingMoves moves, ServiceCatalogue catalogue) {
        this.catalogue = catalogue;
        this.staff = staff;
        this.views = views;
        this.bookings = bookings;
        this.access = access;
        this.cancellation = cancellation;
        this.time = time;
        this.moves = moves;
    }

    record Move(String start) {
    }

    record Slot(String sessionId, OffsetDateTime start, OffsetDateTime end, int free) {
    }

    record BookingRequest(String sessionId, String start, String pseudonym, String contact,
                          Boolean remindersMayNameService, Boolean consent, NeedsJson needs) {

        @Override
        public String toString() {
            return "BookingRequest[" + sessionId + "]";
        }
    }

    record Created(String reference, String secret, String service, OffsetDateTime start) {
    }

    record Booking(String reference, String service, OffsetDateTime start, String status) {
    }

    @GetMapping("/availability")
    Mono<List<Slot>> availability(@RequestParam String service, @RequestParam LocalDate from,
                                  @RequestParam LocalDate to, @RequestParam(required = false) String clinicianGender) {
        if (catalogue.find(service).isEmpty()) {
            throw new InvalidInputException("error.service");
        }
        if (to.isBefore(from) || to.isAfter(from.plusDays(MAX_RANGE_DAYS))) {
            throw new InvalidInputException("error.date-range");
        }
        if (clinicianGender != null && !Needs.GENDERS.contains(clinicianGender)) {
            throw new InvalidInputException("error.needs-gender");
        }
        return Blocking.call(() -> (clinicianGender == null ? views.availability(service, from, to)
                : views.availability(service, from, to, staff.withGender(clinicianGender))).stream()
                .map(s -> new Slot(s.sessionId(), time.at(s.date(), s.start()), time.at(s.date(), s.end()), s.free()))
                .toList());
    }

    @PostMapping("/bookings")
    Mono<ResponseEntity<Created>> book(@RequestBody BookingRequest request,
                                      @RequestHeader(name = "Idempotency-Key", required = false) String key,
                                      ServerWebExchange exchange) {
        if (request.sessionId() == null || request.sessionId().length() > 64) {
            throw new InvalidInputException("error.session");
        }
        Optional<IdempotencyKey> idempotencyKey = IdempotencyKey.parse(key);
        SlotRequest booking = SlotRequest.of(request.sessionId(), parseStart(request.start()), request.pseudonym(),
                request.contact(), request.remindersMayNameService(), exchange.getLocaleContext().getLocale(),
                NeedsJson.parse(request.needs()), Boolean.TRUE.equals(request.consent()));
        return Blocking.call(() -> {
            Booked<SlotItem> r = bookings.book(booking, idempotencyKey,
                    Requester.of(ClientAddress.of(exchange), booking.contact()));
            return ResponseEntity.created(URI.create("/api/v1/bookings/" + r.reference()))
                    .body(new Created(r.reference(), r.secret(), r.item().serviceCode(),
                            time.at(r.item().date(), r.item().start())));
        });
    }

    @GetMapping("/bookings/{reference}")
    Mono<ResponseEntity<Booking>> find(@PathVariable String reference,
                                       @RequestHeader(name = "Booking-Secret", required = false) String secret) {
        return Blocking.call(() -> ResponseEntity.ok(toBooking(access.require(reference, secret))));
    }

    @DeleteMapping("/bookings/{reference}")
    Mono<ResponseEntity<Void>> cancel(@PathVariable String reference,
                                      @RequestHeader(name = "Booking-Secret", required = false) String secret) {
        return Blocking.call(() -> {
            if (!cancellation.cancel(reference, secret)) {
                throw new BookingNotFound();
            }
            return ResponseEntity.noContent().build();
        });
    }

    /** The holder moves the booking to another free time of the same service; 409 when it is full (nothing moves). */
    @PostMapping("/bookings/{reference}/move")
    Mono<Booking> move(@PathVariable String reference,
                       @RequestHeader(name = "Booking-Secret", required = false) String secret,
                       @RequestBody Move body) {
        LocalDateTime to = parseStart(body.start());
        return Blocking.call(() -> toBooking(moves.move(reference, secret, to)));
    }

    private Booking toBooking(BookingView b) {
        return new Booking(b.reference(), b.service(), time.at(b.date(), b.start()), b.status().code());
    }

    private LocalDateTime parseStart(String start) {
        if (start == null) {
            throw new InvalidInputException("error.start");
        }
        try {
            return time.local(OffsetDateTime.parse(start));
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("error.start");
        }
    }
}
