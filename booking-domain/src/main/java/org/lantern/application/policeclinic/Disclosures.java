package org.lantern.application.policeclinic;

import org.lantern.domain.booking.ServiceCatalogue;

import java.util.Optional;
import org.lantern.application.booking.BookingAccess;
import org.lantern.application.booking.BookingNotFound;
import org.lantern.application.booking.BookingView;
import org.lantern.application.booking.CentreClock;
import org.lantern.application.booking.Commands;
import org.lantern.application.booking.InvalidInputException;
import org.lantern.domain.booking.DisclosureBasis;
import org.lantern.domain.session.RecordDisclosureCommand;

/**
 * A manager records that the centre shared something about a booking with the police because the law required
 * it: the booking's reference, the legal basis and the date, never what was shared. The person sees on their data
 * page that a disclosure was recorded. Blocking.
 */
public class Disclosures {

    private final BookingAccess access;
    private final Commands commands;
    private final CentreClock clock;
    private final ServiceCatalogue catalogue;

    public Disclosures(BookingAccess access, Commands commands, CentreClock clock, ServiceCatalogue catalogue) {
        this.catalogue = catalogue;
        this.access = access;
        this.commands = commands;
        this.clock = clock;
    }

    /** Refuses an unknown basis (400) and a reference that is no booking of a session (404); answers once visible. */
    public BookingView record(String reference, String basisCode) {
        DisclosureBasis basis = DisclosureBasis.fromCode(basisCode == null ? "" : basisCode)
                .orElseThrow(() -> new InvalidInputException("error.disclosure-basis"));
        BookingView booking = Optional.of(access.byReference(reference))
                .filter(b -> catalogue.find(b.service()).isPresent()).orElseThrow(BookingNotFound::new);
        int before = booking.disclosures().size();
        access.changeAndAwait(booking.reference(), commands,
                new RecordDisclosureCommand(booking.sessionId(), booking.reference(), basis, clock.now()),
                b -> b.disclosures().size() > before);
        return access.byReference(booking.reference());
    }
}
