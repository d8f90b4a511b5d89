package org.lantern.application.nightcentre;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.lantern.application.booking.Booked;
import org.lantern.application.booking.BookingAccess;
import org.lantern.application.booking.BookingKind;
import org.lantern.application.booking.BookingPipeline;
import org.lantern.application.booking.BookingView;
import org.lantern.application.booking.CancelCommands;
import org.lantern.application.booking.CentreClock;
import org.lantern.application.booking.Commands;
import org.lantern.application.booking.IdempotencyKey;
import org.lantern.application.booking.Pseudonyms;
import org.lantern.application.booking.Requester;
import org.lantern.domain.booking.BookingStatus;
import org.lantern.domain.booking.Holder;
import org.lantern.domain.nightcentre.AcceptOfferCommand;
import org.lantern.domain.nightcentre.BookNightPlaceCommand;
import org.lantern.domain.nightcentre.CancelNightBookingCommand;
import org.lantern.domain.nightcentre.CheckInCommand;
import org.lantern.domain.nightcentre.CheckOutCommand;
import org.lantern.domain.nightcentre.Child;
import org.lantern.domain.nightcentre.NightId;
import org.lantern.domain.nightcentre.NightRefusal;
import org.lantern.domain.nightcentre.PlaceKind;
import org.lantern.domain.privacy.PersonalDataVault;
import org.lantern.domain.privacy.SealedText;

/**
 * Rest places and childcare by the night, through the one booking pipeline; and what follows a booking:
 * accepting an offer (the holder, with reference and secret), check-in and check-out (night staff).
 */
public class NightBookings implements BookingKind<NightRequest, NightItem>, CancelCommands {

    private final BookingPipeline pipeline;
    private final BookingAccess access;
    private final NightRecords nights;
    private final Commands commands;
    private final PersonalDataVault vault;
    private final CentreClock clock;
    private final NightSettings settings;

    public NightBookings(BookingPipeline pipeline, BookingAccess access, NightRecords nights, Commands commands,
                         PersonalDataVault vault, CentreClock clock, NightSettings settings) {
        this.pipeline = pipeline;
        this.access = access;
        this.nights = nights;
        this.commands = commands;
        this.vault = vault;
        this.clock = clock;
        this.settings = settings;
    }

    /** Booked (201) or on the waitlist (202): {@link Booked#status()} says which. */
    public Booked<NightItem> book(NightRequest request, Optional<IdempotencyKey> key, Requester requester) {
        return pipeline.book(this, request, key, requester);
    }

    @Override
    public NightItem describe(NightRequest request) {
        NightView night = nights.night(request.date())
                .orElseThrow(() -> new NightRefusal(NightRefusal.Reason.NIGHT_NOT_FOUND));
        if (night.plan().over(clock.now())) {
            throw new NightRefusal(NightRefusal.Reason.NIGHT_OVER);
        }
        return new NightItem(night.nightId(), request.kind(), night.date(), night.opens(), night.closes());
    }

    @Override
    public Object command(NightRequest request, NightItem item, Holder holder, LocalDateTime now) {
        return command(request, item, holder, List.of(), now);
    }

    @Override
    public Object command(NightRequest request, NightItem item, Holder holder, List<SealedText> childNames,
                          LocalDateTime now) {
        List<Child> children = new ArrayList<>();
        for (int i = 0; i < request.children().size(); i++) {
            children.add(new Child(childNames.get(i), request.children().get(i).band()));
        }
        return new BookNightPlaceCommand(item.nightId(), item.kind(), holder, children, request.waitlist(), now);
    }

    @Override
    public boolean handles(BookingView booking) {
        return PlaceKind.fromServiceCode(booking.service()).isPresent();
    }

    @Override
    public Object cancel(BookingView booking, LocalDateTime now) {
        return new CancelNightBookingCommand(booking.sessionId(), booking.reference(), settings.offerHold(), now);
    }

    /** The holder accepts the place offered to them; refused with OFFER_EXPIRED once the hold has run out. */
    public NightBookingView accept(String reference, String secret) {
        BookingView booking = requireNight(access.require(reference, secret));
        access.changeAndAwait(booking.reference(), commands,
                new AcceptOfferCommand(booking.sessionId(), booking.reference(), clock.now()),
                b -> b.status() == BookingStatus.BOOKED);
        return view(booking.reference());
    }

    /** Night staff check a person in, or one child ({@code child} from 1; null for a rest place). */
    public NightBookingView checkIn(String reference, Integer child) {
        BookingView booking = requireNight(access.byReference(reference));
        return changed(booking, new CheckInCommand(booking.sessionId(), booking.reference(), child, clock.now()));
    }

    /** Night staff check a person out, or one child with the name of the adult who collected it. */
    public NightBookingView checkOut(String reference, Integer child, String collectedBy) {
        BookingView booking = requireNight(access.byReference(reference));
        SealedText collector = null;
        if (PlaceKind.fromServiceCode(booking.service()).orElseThrow() == PlaceKind.CHILDCARE) {
            String name = Pseudonyms.normalise(collectedBy)
                    .orElseThrow(() -> new NightRefusal(NightRefusal.Reason.COLLECTED_BY));
            collector = vault.seal(booking.subjectId(), name);
        }
        return changed(booking, new CheckOutCommand(booking.sessionId(), booking.reference(), child, collector,
                clock.now()));
    }

    /** The night booking behind a reference the holder or staff proved. */
    public NightBookingView view(String reference) {
        return nights.nightBooking(reference).orElseThrow(() -> new NightRefusal(NightRefusal.Reason.BOOKING_NOT_FOUND));
    }

    private NightBookingView changed(BookingView booking, Object command) {
        NightBookingView before = view(booking.reference());
        access.changeAndAwait(booking.reference(), commands, command,
                b -> !nights.nightBooking(b.reference()).equals(Optional.of(before)));
        return view(booking.reference());
    }

    private BookingView requireNight(BookingView booking) {
        if (!handles(booking) || !booking.sessionId().equals(NightId.of(booking.date()))) {
            throw new NightRefusal(NightRefusal.Reason.BOOKING_NOT_FOUND);
        }
        return booking;
    }
}
