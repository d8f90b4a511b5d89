package org.lantern.application.clinic;

import org.lantern.domain.booking.CatalogueEntry;
import org.lantern.domain.booking.ServiceCatalogue;

import java.time.LocalDateTime;
import java.util.Optional;
import org.lantern.application.booking.Booked;
import org.lantern.application.booking.BookingKind;
import org.lantern.application.booking.BookingPipeline;
import org.lantern.application.booking.BookingView;
import org.lantern.application.booking.CancelCommands;
import org.lantern.application.booking.IdempotencyKey;
import org.lantern.application.booking.Requester;
import org.lantern.domain.booking.Holder;
import org.lantern.domain.booking.Refusal;
import org.lantern.domain.booking.Service;
import org.lantern.application.booking.InvalidInputException;
import org.lantern.domain.session.BookSlotCommand;
import org.lantern.domain.session.CancelBookingCommand;
import org.lantern.domain.session.SessionId;
import org.lantern.domain.session.SessionRefusal;

/** A place in a slot of a session (the sexual-health clinic, the police clinic, counselling), through the pipeline. */
public class SlotBookings implements BookingKind<SlotRequest, SlotItem>, CancelCommands {

    /** The refusal of a police-clinic booking without consent; its sentence is the consent wording itself. */
    public static final String CONSENT_REQUIRED = "error.consent-required";

    private final BookingPipeline pipeline;
    private final SessionRecords sessions;
    private final ServiceCatalogue catalogue;

    public SlotBookings(BookingPipeline pipeline, SessionRecords sessions, ServiceCatalogue catalogue) {
        this.catalogue = catalogue;
        this.pipeline = pipeline;
        this.sessions = sessions;
    }

    public Booked<SlotItem> book(SlotRequest request, Optional<IdempotencyKey> key, Requester requester) {
        return pipeline.book(this, request, key, requester);
    }

    @Override
    public SlotItem describe(SlotRequest request) {
        SessionView session = sessions.session(request.sessionId().value())
                .filter(s -> s.date().equals(request.start().toLocalDate())
                        && s.slotStarts().contains(request.start().toLocalTime()))
                .orElseThrow(() -> new SessionRefusal(SessionRefusal.Reason.NOT_A_SLOT));
        CatalogueEntry entry = catalogue.find(session.service())
                .orElseThrow(() -> new SessionRefusal(SessionRefusal.Reason.SESSION_NOT_FOUND));
        Service service = entry.service();
        if (entry.asksConsent() && !request.consent()) {
            // the person's language is the web layer's: the refusal's key carries the consent wording
            throw new InvalidInputException(CONSENT_REQUIRED, Refusal.Kind.UNPROCESSABLE);
        }
        return new SlotItem(session.sessionId(), service, session.date(), request.start().toLocalTime(),
                request.start().toLocalTime().plusMinutes(session.slotMinutes()));
    }

    @Override
    public Object command(SlotRequest request, SlotItem item, Holder holder, LocalDateTime now) {
        return new BookSlotCommand(item.sessionId(), item.start(), holder, now, request.language().getLanguage());
    }

    @Override
    public boolean handles(BookingView booking) {
        // a course booking names the counselling service too, but its aggregate is the course
        return catalogue.find(booking.service()).isPresent() && SessionId.parse(booking.sessionId()).isPresent();
    }

    @Override
    public Object cancel(BookingView booking, LocalDateTime now) {
        return new CancelBookingCommand(booking.sessionId(), booking.reference(), now);
    }

}
