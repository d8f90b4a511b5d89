package org.lantern.ui.reception;

import java.net.URI;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import org.lantern.application.booking.Booked;
import org.lantern.application.booking.InvalidInputException;
import org.lantern.application.clinic.SlotItem;
import org.lantern.application.clinic.SlotRequest;
import org.lantern.application.reception.DeskBooking;
import org.lantern.application.reception.ReceptionDesk;
import org.lantern.domain.booking.SharedNames;
import org.lantern.ui.CentreTime;
import org.lantern.ui.clinic.NeedsJson;
import org.lantern.ui.web.Blocking;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** Reception acting for a person at the desk or on the phone, on the API; the logic is {@link ReceptionDesk}. */
@RestController
@RequestMapping("/api/v1/reception/bookings")
class ReceptionBookingApi {

    private final ReceptionDesk desk;
    private final CentreTime time;
    private final SharedNames sharedNames;

    ReceptionBookingApi(ReceptionDesk desk, CentreTime time, SharedNames sharedNames) {
        this.sharedNames = sharedNames;
        this.desk = desk;
        this.time = time;
    }

    /** For the police clinic, the person agrees to its consent wording as reception reads it to them. */
    record ForPerson(String sessionId, String start, String pseudonym, String contact, Boolean remindersMayNameService,
                     Boolean consent, NeedsJson needs) {

        @Override
        public String toString() {
            return "ForPerson[" + sessionId + "]";
        }
    }

    record Created(String reference, String secret, String service, OffsetDateTime start) {
    }

    /** {@code service} is "private" for the police clinic; the pseudonym is there to greet the person. */
    record Found(String reference, String service, OffsetDateTime start, String status, String pseudonym) {

        @Override
        public String toString() {
            return "Found[" + reference + "]";
        }
    }

    @PostMapping
    Mono<ResponseEntity<Created>> book(@RequestBody ForPerson body, Authentication who, ServerWebExchange exchange) {
        if (body.sessionId() == null || body.sessionId().length() > 64) {
            throw new InvalidInputException("error.session");
        }
        SlotRequest request = SlotRequest.of(body.sessionId(), start(body.start()), body.pseudonym(), body.contact(),
                body.remindersMayNameService(), exchange.getLocaleContext().getLocale(), NeedsJson.parse(body.needs()),
                Boolean.TRUE.equals(body.consent()));
        return Blocking.call(() -> {
            Booked<SlotItem> r = desk.book(request, DeskStaff.of(who, exchange));
            return ResponseEntity.created(URI.create("/api/v1/reception/bookings/" + r.reference()))
                    .body(new Created(r.reference(), r.secret(), sharedNames.shown(r.item().service()),
                            time.at(r.item().date(), r.item().start())));
        });
    }

    @GetMapping("/{reference}")
    Mono<Found> find(@PathVariable String reference, Authentication who, ServerWebExchange exchange) {
        return Blocking.call(() -> found(desk.find(reference, DeskStaff.of(who, exchange))));
    }

    /** 204; 409 (ALREADY_CANCELLED) when it was cancelled already. */
    @DeleteMapping("/{reference}")
    Mono<ResponseEntity<Void>> cancel(@PathVariable String reference, Authentication who, ServerWebExchange exchange) {
        return Blocking.call(() -> {
            desk.cancel(reference, DeskStaff.of(who, exchange));
            return ResponseEntity.noContent().build();
        });
    }

    private Found found(DeskBooking b) {
        return new Found(b.reference(), b.service(), time.at(b.date(), b.start()), b.status().code(), b.pseudonym());
    }

    private LocalDateTime start(String start) {
        try {
            return time.local(OffsetDateTime.parse(start == null ? "" : start));
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("error.start");
        }
    }
}
