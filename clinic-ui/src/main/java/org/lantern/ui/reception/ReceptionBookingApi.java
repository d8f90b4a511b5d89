package org.lantern.ui.reception;

import java.net.URI;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.UUID;
import org.lantern.application.audit.AuditEvent;
import org.lantern.application.booking.Booked;
import org.lantern.application.booking.BookingAccess;
import org.lantern.application.booking.BookingCancellation;
import org.lantern.application.booking.BookingView;
import org.lantern.application.booking.InvalidInputException;
import org.lantern.application.booking.Requester;
import org.lantern.application.clinic.SlotBookings;
import org.lantern.application.clinic.SlotItem;
import org.lantern.application.clinic.SlotRequest;
import org.lantern.domain.booking.SharedNames;
import org.lantern.ui.audit.SensitiveAccess;
import org.lantern.ui.clinic.NeedsJson;
import org.lantern.domain.privacy.PersonalDataVault;
import org.lantern.ui.CentreTime;
import org.lantern.ui.audit.AuditLog;
import org.lantern.ui.security.ClientAddress;
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

/**
 * Reception acting for a person at the desk or on the phone: book (the person still chooses the pseudonym and gets
 * reference and secret), look a booking up by reference alone, cancel it. Each is an audit event naming the member of
 * staff and the reference, and nothing personal.
 */
@RestController
@RequestMapping("/api/v1/reception/bookings")
class ReceptionBookingApi {

    private final SlotBookings bookings;
    private final BookingAccess access;
    private final BookingCancellation cancellation;
    private final PersonalDataVault vault;
    private final AuditLog audit;
    private final CentreTime time;
    private final SensitiveAccess sensitive;

    ReceptionBookingApi(SlotBookings bookings, BookingAccess access, BookingCancellation cancellation,
                        PersonalDataVault vault, AuditLog audit, CentreTime time, SensitiveAccess sensitive) {
        this.sensitive = sensitive;
        this.bookings = bookings;
        this.access = access;
        this.cancellation = cancellation;
        this.vault = vault;
        this.audit = audit;
        this.time = time;
    }

    /** The person agrees to the police clinic's consent wording as reception reads it to them. */
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
    }

    @PostMapping
    Mono<ResponseEntity<Created>> book(@RequestBody ForPerson body, Authentication who, ServerWebExchange exchange) {
        if (body.sessionId() == null || body.sessionId().length() > 64) {
            throw new InvalidInputException("error.session");
        }
        SlotRequest request = SlotRequest.of(body.sessionId(), start(body.start()), body.pseudonym(), body.contact(),
                body.remindersMayNameService(), exchange.getLocaleContext().getLocale(), NeedsJson.parse(body.needs()),
                Boolean.TRUE.equals(body.consent()));
        // the desk books for many people: the cap per address would stop it, the cap per contact still holds
        Requester desk = Requester.of("reception-desk:" + UUID.randomUUID(), request.contact());
        return Blocking.call(() -> {
            Booked<SlotItem> r = bookings.book(request, Optional.empty(), desk);
            audit.record(AuditEvent.Type.BOOKED_FOR_PERSON, who.getName(), null, ClientAddress.of(exchange),
                    r.reference());
            return ResponseEntity.created(URI.create("/api/v1/reception/bookings/" + r.reference()))
                    .body(new Created(r.reference(), r.secret(), SharedNames.shown(r.item().service()),
                            time.at(r.item().date(), r.item().start())));
        });
    }

    @GetMapping("/{reference}")
    Mono<Found> find(@PathVariable String reference, Authentication who, ServerWebExchange exchange) {
        return Blocking.call(() -> {
            BookingView b = access.byReference(reference);
            audit.record(AuditEvent.Type.BOOKING_LOOKED_UP, who.getName(), null, ClientAddress.of(exchange),
                    b.reference());
            sensitive.bookingOpened(who.getName(), ClientAddress.of(exchange), b);
            boolean hidden = SharedNames.isPrivate(b.service());
            String pseudonym = hidden || b.pseudonym() == null ? null : vault.open(b.pseudonym()).orElse(null);
            return new Found(b.reference(), SharedNames.shown(b.service()), time.at(b.date(), b.start()),
                    b.status().code(), pseudonym);
        });
    }

    @DeleteMapping("/{reference}")
    Mono<ResponseEntity<Void>> cancel(@PathVariable String reference, Authentication who, ServerWebExchange exchange) {
        return Blocking.call(() -> {
            BookingView b = access.byReference(reference);
            cancellation.cancel(b);
            audit.record(AuditEvent.Type.CANCELLED_FOR_PERSON, who.getName(), null, ClientAddress.of(exchange),
                    b.reference());
            return ResponseEntity.noContent().build();
        });
    }

    private LocalDateTime start(String start) {
        try {
            return time.local(OffsetDateTime.parse(start == null ? "" : start));
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("error.start");
        }
    }
}
