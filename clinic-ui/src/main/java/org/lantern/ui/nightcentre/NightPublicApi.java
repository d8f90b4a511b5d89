package org.lantern.ui.nightcentre;

import org.lantern.ui.clinic.NeedsJson;
import java.net.URI;
import java.time.LocalDate;
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
import org.lantern.application.nightcentre.NightBoards;
import org.lantern.application.nightcentre.NightBookingView;
import org.lantern.application.nightcentre.NightBookings;
import org.lantern.application.nightcentre.NightItem;
import org.lantern.application.nightcentre.NightRecords;
import org.lantern.application.nightcentre.NightRequest;
import org.lantern.domain.booking.BookingStatus;
import org.lantern.domain.nightcentre.NightRefusal;
import org.lantern.ui.CentreTime;
import org.lantern.ui.security.ClientAddress;
import org.lantern.ui.web.Blocking;
import org.springframework.http.HttpStatus;
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

/** What anyone can do at the night centre without an account: see the nights, book, look up, cancel, accept. */
@RestController
@RequestMapping("/api/v1")
class NightPublicApi {

    static final int MAX_RANGE_DAYS = 62;

    private final NightRecords nights;
    private final NightBookings bookings;
    private final BookingAccess access;
    private final BookingCancellation cancellation;
    private final CentreTime time;

    NightPublicApi(NightRecords nights, NightBookings bookings, BookingAccess access,
                   BookingCancellation cancellation, CentreTime time) {
        this.nights = nights;
        this.bookings = bookings;
        this.access = access;
        this.cancellation = cancellation;
        this.time = time;
    }

    record BookingBody(String date, String kind, String pseudonym, List<NightRequest.TypedChild> children,
                       Boolean waitlist, NeedsJson needs) {

        @Override
        public String toString() {
            return "BookingBody[" + kind + "]";
        }
    }

    @GetMapping("/nights")
    Mono<List<NightJson.Night>> nights(@RequestParam LocalDate from, @RequestParam LocalDate to) {
        if (to.isBefore(from) || to.isAfter(from.plusDays(MAX_RANGE_DAYS))) {
            throw new InvalidInputException("error.date-range");
        }
        return Blocking.call(() -> nights.nights(from, to).stream().map(n -> {
            List<NightBookingView> held = nights.bookings(n.nightId());
            return NightJson.Night.of(n, NightBoards.restFree(n, held), NightBoards.headroom(n, held), time);
        }).toList());
    }

    @PostMapping("/night-bookings")
    Mono<ResponseEntity<NightJson.Created>> book(@RequestBody BookingBody body,
                                                @RequestHeader(name = "Idempotency-Key", required = false) String key,
                                                ServerWebExchange exchange) {
        Optional<IdempotencyKey> idempotencyKey = IdempotencyKey.parse(key);
        NightRequest request = NightRequest.of(date(body.date()), body.kind(), body.pseudonym(), body.children(),
                body.waitlist(), exchange.getLocaleContext().getLocale(), NeedsJson.parse(body.needs()));
        return Blocking.call(() -> {
            Booked<NightItem> booked = bookings.book(request, idempotencyKey,
                    Requester.of(ClientAddress.of(exchange), Optional.empty()));
            boolean waiting = booked.status() == BookingStatus.WAITLISTED || booked.status() == BookingStatus.OFFERED;
            return ResponseEntity.status(waiting ? HttpStatus.ACCEPTED : HttpStatus.CREATED)
                    .location(URI.create("/api/v1/night-bookings/" + booked.reference()))
                    .body(new NightJson.Created(booked.reference(), booked.secret(), booked.status().code()));
        });
    }

    @GetMapping("/night-bookings/{reference}")
    Mono<NightJson.Booking> find(@PathVariable String reference,
                                 @RequestHeader(name = "Booking-Secret", required = false) String secret) {
        return Blocking.call(() -> json(bookings.view(requireNight(reference, secret))));
    }

    @DeleteMapping("/night-bookings/{reference}")
    Mono<ResponseEntity<Void>> cancel(@PathVariable String reference,
                                      @RequestHeader(name = "Booking-Secret", required = false) String secret) {
        return Blocking.call(() -> {
            BookingView booking = access.require(reference, secret);
            if (!bookings.handles(booking)) {
                throw new BookingNotFound();
            }
            cancellation.cancel(booking);
            return ResponseEntity.noContent().build();
        });
    }

    @PostMapping("/night-bookings/{reference}/accept")
    Mono<NightJson.Booking> accept(@PathVariable String reference,
                                   @RequestHeader(name = "Booking-Secret", required = false) String secret) {
        return Blocking.call(() -> json(bookings.accept(reference, secret)));
    }

    private String requireNight(String reference, String secret) {
        BookingView booking = access.require(reference, secret);
        if (!bookings.handles(booking)) {
            throw new BookingNotFound();
        }
        return booking.reference();
    }

    private NightJson.Booking json(NightBookingView booking) {
        return NightJson.Booking.of(booking, nights.night(booking.date()).orElseThrow(), time);
    }

    private static LocalDate date(String date) {
        try {
            return date == null ? null : LocalDate.parse(date);
        } catch (RuntimeException notADate) {
            throw new NightRefusal(NightRefusal.Reason.NIGHT_NOT_FOUND);
        }
    }
}
