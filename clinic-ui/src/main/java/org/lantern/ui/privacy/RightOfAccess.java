package org.lantern.ui.privacy;

import java.util.List;
import java.util.Optional;
import org.lantern.application.nightcentre.NightRecords;
import org.lantern.domain.booking.Consent;
import org.lantern.domain.booking.Needs;
import org.lantern.domain.privacy.PersonalDataVault;
import org.lantern.domain.privacy.SealedText;
import org.lantern.application.booking.BookingView;
import org.lantern.application.booking.BookingAccess;
import org.lantern.application.booking.ReminderContact;
import org.lantern.ui.CentreTime;
import org.lantern.application.reminders.ReminderLog;
import org.springframework.stereotype.Service;

/** Opens everything held about a booking's holder, for them, with reference and secret. Blocking. */
@Service
public class RightOfAccess {

    private final BookingAccess bookings;
    private final PersonalDataVault vault;
    private final ReminderLog reminders;
    private final CentreTime time;
    private final PrivacyProperties properties;

    private final NightRecords nights;

    RightOfAccess(BookingAccess bookings, PersonalDataVault vault, ReminderLog reminders, CentreTime time,
                  PrivacyProperties properties, NightRecords nights) {
        this.nights = nights;
        this.bookings = bookings;
        this.vault = vault;
        this.reminders = reminders;
        this.time = time;
        this.properties = properties;
    }

    /** Empty for an unknown reference or a wrong secret alike. */
    public Optional<PersonalDataReport> report(String reference, String secret) {
        return bookings.find(reference, secret).map(this::report);
    }

    private PersonalDataReport report(BookingView b) {
        PersonalDataReport.Contact contact = open(b.contact()).map(ReminderContact::decode)
                .map(c -> new PersonalDataReport.Contact(c.kind().name().toLowerCase(java.util.Locale.ROOT), c.value()))
                .orElse(null);
        return new PersonalDataReport(b.reference(), b.service(), time.at(b.date(), b.start()),
                time.at(b.endsAt().toLocalDate(), b.end()), b.status().code(), b.bookedAt(), open(b.pseudonym()).orElse(null),
                contact, b.remindersMayNameService(), open(b.language()).orElse(null),
                reminders.sentFor(b.reference()),
                b.erased() ? new PersonalDataReport.Erasure(b.erasure().reason(), b.erasure().at()) : null,
                b.erased() ? null : b.endsAt().plus(properties.retention()), children(b.reference()),
                open(b.needs()).map(Needs::decode).map(PersonalDataReport.Needs::of).orElse(null),
                open(b.consent()).map(Consent::decode)
                        .map(c -> new PersonalDataReport.Consent(c.version(), c.givenAt())).orElse(null),
                b.disclosures().stream().map(d -> new PersonalDataReport.Disclosure(d.recordedAt(), d.basis()))
                        .toList());
    }

    /** The children of a night-centre childcare booking; none for any other booking. */
    private List<PersonalDataReport.Child> children(String reference) {
        return nights.nightBooking(reference).map(n -> n.children().stream()
                .map(c -> new PersonalDataReport.Child(open(c.name()).orElse(null), c.band().code(),
                        open(c.collectedBy()).orElse(null))).toList()).orElse(List.of());
    }

    private Optional<String> open(SealedText sealed) {
        return sealed == null ? Optional.empty() : vault.open(sealed);
    }
}
