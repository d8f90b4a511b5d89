package org.lantern.application.reception;

import org.lantern.domain.booking.CatalogueEntry;
import org.lantern.domain.booking.ServiceCatalogue;

import java.util.Optional;
import org.lantern.application.audit.AuditEvent;
import org.lantern.application.booking.Booked;
import org.lantern.application.booking.BookingAccess;
import org.lantern.application.booking.BookingCancellation;
import org.lantern.application.booking.BookingCodes;
import org.lantern.application.booking.BookingView;
import org.lantern.application.booking.Requester;
import org.lantern.application.clinic.SlotBookings;
import org.lantern.application.clinic.SlotItem;
import org.lantern.application.clinic.SlotRequest;
import org.lantern.domain.booking.BookingStatus;
import org.lantern.domain.booking.Service;
import org.lantern.domain.booking.SharedNames;
import org.lantern.domain.privacy.PersonalDataVault;

/**
 * Reception acting for a person at the desk or on the phone: book (the person still chooses the pseudonym and gets
 * reference and secret), look a booking up by reference alone (the person is in front of them, so no secret), and
 * cancel it. The API and the desk page both come here. Each action is an audit event naming the member of staff and
 * the booking's reference, and nothing personal.
 */
public class ReceptionDesk {

    /** Port: records one action of reception for a person (the detail is the booking's reference). */
    @FunctionalInterface
    public interface Audit {
        void record(AuditEvent.Type type, String staff, String address, String reference);
    }

    /** The member of staff acting, and the address their request came from. */
    public record Staff(String username, String address) {
    }

    private final SlotBookings bookings;
    private final BookingAccess access;
    private final BookingCancellation cancellation;
    private final PersonalDataVault vault;
    private final BookingCodes codes;
    private final Audit audit;
    private final ServiceCatalogue catalogue;

    public ReceptionDesk(SlotBookings bookings, BookingAccess access, BookingCancellation cancellation,
                         PersonalDataVault vault, BookingCodes codes, Audit audit, ServiceCatalogue catalogue) {
        this.catalogue = catalogue;
        this.bookings = bookings;
        this.access = access;
        this.cancellation = cancellation;
        this.vault = vault;
        this.codes = codes;
        this.audit = audit;
    }

    /** Books for the person; the secret in the answer is shown once, for reception to pass on. */
    public Booked<SlotItem> book(SlotRequest request, Staff staff) {
        // the desk books for many people: the cap per address would stop it after a few, the cap per contact holds
        Requester desk = Requester.of("reception-desk:" + codes.subjectId(), request.contact());
        Booked<SlotItem> booked = bookings.book(request, Optional.empty(), desk);
        audit.record(AuditEvent.Type.BOOKED_FOR_PERSON, staff.username(), staff.address(), booked.reference());
        return booked;
    }

    /** The booking by reference alone; refused with BOOKING_NOT_FOUND for a reference that is not one. */
    public DeskBooking find(String reference, Staff staff) {
        BookingView booking = access.byReference(reference);
        audit.record(AuditEvent.Type.BOOKING_LOOKED_UP, staff.username(), staff.address(), booking.reference());
        if (catalogue.find(booking.service()).map(CatalogueEntry::isPrivate).orElse(false)) {
            // the most sensitive bookings: every opening by staff is reviewed on its own
            audit.record(AuditEvent.Type.SENSITIVE_BOOKING_OPENED, staff.username(), staff.address(),
                    booking.reference());
        }
        return view(booking);
    }

    /** Cancels for the person; refused with ALREADY_CANCELLED when it is cancelled already, changing nothing. */
    public DeskBooking cancel(String reference, Staff staff) {
        BookingView booking = access.byReference(reference);
        if (booking.status() == BookingStatus.CANCELLED) {
            throw new ReceptionRefusal(ReceptionRefusal.Reason.ALREADY_CANCELLED);
        }
        cancellation.cancel(booking);
        audit.record(AuditEvent.Type.CANCELLED_FOR_PERSON, staff.username(), staff.address(), booking.reference());
        return view(access.byReference(booking.reference()));
    }

    private DeskBooking view(BookingView b) {
        // an unknown service (none is) would be hidden too: never guess that one may be named
        boolean hidden = catalogue.find(b.service()).map(CatalogueEntry::isPrivate).orElse(true);
        String pseudonym = hidden || b.pseudonym() == null ? null : vault.open(b.pseudonym()).orElse(null);
        return new DeskBooking(b.reference(), hidden ? SharedNames.PRIVATE : b.service(), b.date(), b.start(),
                b.status(), pseudonym);
    }
}
