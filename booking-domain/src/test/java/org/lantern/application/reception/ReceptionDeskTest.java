package org.lantern.application.reception;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.lantern.application.audit.AuditEvent;
import org.lantern.application.booking.BookingAccess;
import org.lantern.application.booking.BookingCancellation;
import org.lantern.application.booking.BookingCodes;
import org.lantern.application.booking.BookingNotFound;
import org.lantern.application.booking.BookingSettings;
import org.lantern.application.booking.BookingView;
import org.lantern.application.booking.CancelCommands;
import org.lantern.application.booking.CentreClock;
import org.lantern.application.booking.Commands;
import org.lantern.application.booking.LookupGuard;
import org.lantern.application.booking.ReadYourWrite;
import org.lantern.application.booking.SecretHasher;
import org.lantern.domain.booking.BookingStatus;
import org.lantern.domain.privacy.PersonalDataVault;
import org.lantern.domain.privacy.SealedText;

/**
 * Reception's use case, without the web: a look-up opens the pseudonym except for a private appointment, a
 * cancellation is audited once, and cancelling twice is refused before any command is sent.
 */
class ReceptionDeskTest {

    static final ReceptionDesk.Staff DESK = new ReceptionDesk.Staff("desk-sam", "192.0.2.7");
    static final CentreClock CLOCK = new CentreClock() {
        @Override
        public LocalDateTime now() {
            return LocalDateTime.of(2026, 11, 21, 12, 0);
        }

        @Override
        public Instant instant() {
            return Instant.parse("2026-11-21T12:00:00Z");
        }
    };

    final Map<String, BookingView> bookings = new HashMap<>();
    final List<Object> sent = new ArrayList<>();
    final List<String> audited = new ArrayList<>();

    final Commands commands = new Commands() {
        @Override
        @SuppressWarnings("unchecked")
        public <T> T send(Object command) {
            sent.add(command);
            String reference = (String) command;
            bookings.put(reference, with(bookings.get(reference), BookingStatus.CANCELLED));
            return null;
        }
    };
    final CancelCommands byReference = new CancelCommands() {
        @Override
        public boolean handles(BookingView booking) {
            return true;
        }

        @Override
        public Object cancel(BookingView booking, LocalDateTime now) {
            return booking.reference();
        }
    };
    final SecretHasher hasher = new SecretHasher() {
        @Override
        public String hash(String secret) {
            return "h:" + secret;
        }

        @Override
        public boolean matches(String secret, String hash) {
            return hash.equals("h:" + secret);
        }
    };
    final PersonalDataVault vault = new PersonalDataVault() {
        @Override
        public SealedText seal(String subjectId, String plaintext) {
            return new SealedText(subjectId, plaintext);
        }

        @Override
        public Optional<String> open(SealedText sealed) {
            return Optional.of(sealed.ciphertext());
        }

        @Override
        public Map<SealedText, String> openAll(Collection<SealedText> sealed) {
            return Map.of();
        }

        @Override
        public boolean forget(String subjectId) {
            return false;
        }
    };
    final ReadYourWrite readYourWrite = new ReadYourWrite(new BookingSettings(Duration.ZERO, null, null, null, null));
    final BookingAccess access = new BookingAccess(r -> Optional.ofNullable(bookings.get(r)), hasher,
            LookupGuard.NONE, readYourWrite, new BookingCodes());
    final ReceptionDesk desk = new ReceptionDesk(null, access,
            new BookingCancellation(access, commands, CLOCK, List.of(byReference)), vault, new BookingCodes(),
            (type, staff, address, reference) -> audited.add(type + " " + staff + " " + address + " " + reference),
            org.lantern.testing.TestCatalogue.seeded());

    @Test
    void aLookUpOpensThePseudonymToGreetThePersonAndIsAudited() {
        bookings.put("ABC234", booking("ABC234", "sexual-health", "Robin"));
        DeskBooking found = desk.find("abc234", DESK);
        assertThat(found.pseudonym()).isEqualTo("Robin");
        assertThat(found.service()).isEqualTo("sexual-health");
        assertThat(found.cancellable()).isTrue();
        assertThat(audited).containsExactly(AuditEvent.Type.BOOKING_LOOKED_UP + " desk-sam 192.0.2.7 ABC234");
    }

    @Test
    void aPoliceClinicBookingIsAPrivateAppointmentWithoutAName() {
        bookings.put("PQR234", booking("PQR234", "police-clinic", "Quinn"));
        DeskBooking found = desk.find("PQR234", DESK);
        assertThat(found.service()).isEqualTo(DeskBooking.PRIVATE);
        assertThat(found.pseudonym()).isNull();
        assertThat(audited).containsExactly(AuditEvent.Type.BOOKING_LOOKED_UP + " desk-sam 192.0.2.7 PQR234",
                AuditEvent.Type.SENSITIVE_BOOKING_OPENED + " desk-sam 192.0.2.7 PQR234");
    }

    @Test
    void anUnknownReferenceIsNotFoundAndNothingIsAudited() {
        assertThatThrownBy(() -> desk.find("ZZZZZZ", DESK)).isInstanceOf(BookingNotFound.class);
        assertThatThrownBy(() -> desk.cancel("ZZZZZZ", DESK)).isInstanceOf(BookingNotFound.class);
        assertThat(audited).isEmpty();
        assertThat(sent).isEmpty();
    }

    @Test
    void cancellingIsAuditedOnceAndASecondCancellationIsRefusedWithoutACommand() {
        bookings.put("ABC234", booking("ABC234", "sexual-health", "Robin"));
        assertThat(desk.cancel("ABC234", DESK).status()).isEqualTo(BookingStatus.CANCELLED);
        assertThat(sent).hasSize(1);

        assertThatThrownBy(() -> desk.cancel("ABC234", DESK)).isInstanceOf(ReceptionRefusal.class)
                .hasMessage("ALREADY_CANCELLED");
        assertThat(sent).hasSize(1);
        assertThat(audited).containsExactly(AuditEvent.Type.CANCELLED_FOR_PERSON + " desk-sam 192.0.2.7 ABC234");
        assertThat(desk.find("ABC234", DESK).cancellable()).isFalse();
    }

    private static BookingView booking(String reference, String service, String pseudonym) {
        return new BookingView(reference, "2026-12-01~abcdefgh", service, LocalDate.of(2026, 12, 1),
                LocalTime.of(10, 0), LocalTime.of(10, 30), BookingStatus.BOOKED, "h:SECRET", "subject-1",
                new SealedText("subject-1", pseudonym), null, null, false, LocalDateTime.of(2026, 11, 20, 9, 0), null);
    }

    private static BookingView with(BookingView b, BookingStatus status) {
        return new BookingView(b.reference(), b.sessionId(), b.service(), b.date(), b.start(), b.end(), status,
                b.secretHash(), b.subjectId(), b.pseudonym(), b.contact(), b.language(), b.remindersMayNameService(),
                b.bookedAt(), b.erasure());
    }
}
