package org.lantern.domain.nightcentre;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.lantern.domain.nightcentre.NightRefusal.Reason.ALREADY_CHECKED_IN;
import static org.lantern.domain.nightcentre.NightRefusal.Reason.BOOKING_NOT_FOUND;
import static org.lantern.domain.nightcentre.NightRefusal.Reason.CHECKED_IN_CANNOT_CANCEL;
import static org.lantern.domain.nightcentre.NightRefusal.Reason.CHILD_NOT_FOUND;
import static org.lantern.domain.nightcentre.NightRefusal.Reason.DUPLICATE_REFERENCE;
import static org.lantern.domain.nightcentre.NightRefusal.Reason.FEWER_PLACES_THAN_BOOKED;
import static org.lantern.domain.nightcentre.NightRefusal.Reason.NIGHT_IN_PAST;
import static org.lantern.domain.nightcentre.NightRefusal.Reason.NIGHT_NOT_FOUND;
import static org.lantern.domain.nightcentre.NightRefusal.Reason.NIGHT_OVER;
import static org.lantern.domain.nightcentre.NightRefusal.Reason.NOT_BOOKED;
import static org.lantern.domain.nightcentre.NightRefusal.Reason.NOT_CHECKED_IN;
import static org.lantern.domain.nightcentre.NightRefusal.Reason.OFFER_EXPIRED;
import static org.lantern.domain.nightcentre.NightRefusal.Reason.REST_FULL;
import static org.lantern.domain.nightcentre.NightRefusal.Reason.ROSTER_BREAKS_RATIO;
import static org.lantern.domain.nightcentre.NightRefusal.Reason.NIGHT_TOO_FAR_AHEAD;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.lantern.domain.booking.BookingStatus;

/**
 * One night of the night centre: its rest places, childcare bookings, childcare roster and waitlist. The
 * consistency boundary of "a place is never given twice" and "a ratio is never broken": every change to the
 * night is decided here, one at a time, so an offer that expires while it is accepted is either accepted or
 * passed on, never both.
 */
public class Night {

    /** How far ahead a place can be booked: tonight and the next 14 nights. */
    static final int BOOKABLE_NIGHTS_AHEAD = 14;
    static final int MAX_DAYS_AHEAD_TO_PLAN = 366;

    @AggregateIdentifier
    private String nightId;
    private NightPlan plan;
    private int childcareStaff;
    /** Every booking and waitlist place, in the order they were made: the waitlist's order. */
    private final Map<String, Entry> entries = new LinkedHashMap<>();
    private final List<String> waitlist = new ArrayList<>();

    protected Night() {
        // for Axon
    }

    private static final class Entry {
        final PlaceKind kind;
        final List<AgeBand> children;
        final LocalDateTime bookedAt;
        BookingStatus status;
        LocalDateTime offerExpiresAt;
        final Set<Integer> childrenIn = new HashSet<>();
        final Set<Integer> childrenOut = new HashSet<>();

        Entry(PlaceKind kind, List<AgeBand> children, LocalDateTime bookedAt, BookingStatus status) {
            this.kind = kind;
            this.children = children;
            this.bookedAt = bookedAt;
            this.status = status;
        }

        /** Whether it holds its place(s) tonight: booked, in, or offered and not yet answered. */
        boolean holds() {
            return status == BookingStatus.BOOKED || status == BookingStatus.CHECKED_IN
                    || status == BookingStatus.OFFERED || (kind == PlaceKind.REST && status == BookingStatus.CHECKED_OUT);
        }

        /** By value, so that Axon's fixture can compare the state a command left with the state its events give. */
        @Override
        public boolean equals(Object other) {
            return other instanceof Entry e && kind == e.kind && children.equals(e.children)
                    && bookedAt.equals(e.bookedAt) && status == e.status
                    && java.util.Objects.equals(offerExpiresAt, e.offerExpiresAt) && childrenIn.equals(e.childrenIn)
                    && childrenOut.equals(e.childrenOut);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(kind, status, bookedAt);
        }

        ChildCounts childrenHeld() {
            List<AgeBand> held = new ArrayList<>();
            for (int i = 0; i < children.size(); i++) {
                if (!childrenOut.contains(i + 1)) {
                    held.add(children.get(i));
                }
            }
            return ChildCounts.of(held);
        }
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(PlanNightCommand command) {
        NightPlan next = command.plan();
        if (next.over(command.now())) {
            throw new NightRefusal(plan == null ? NIGHT_IN_PAST : NIGHT_OVER);
        }
        if (next.date().isAfter(command.now().toLocalDate().plusDays(MAX_DAYS_AHEAD_TO_PLAN))) {
            throw new NightRefusal(NightRefusal.Reason.NIGHT_PLAN_TOO_FAR_AHEAD);
        }
        if (plan != null && next.restPlaces() < restTaken()) {
            throw new NightRefusal(FEWER_PLACES_THAN_BOOKED);
        }
        apply(new NightPlannedEvent(command.nightId(), next.date(), next.opens(), next.closes(), next.restPlaces(),
                next.releaseAt()));
        offerFreedPlaces(command.offerHold(), command.now());
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    BookingStatus handle(BookNightPlaceCommand command) {
        requireOpenFor(command.now());
        if (plan.date().isAfter(command.now().toLocalDate().plusDays(BOOKABLE_NIGHTS_AHEAD))) {
            throw new NightRefusal(NIGHT_TOO_FAR_AHEAD);
        }
        String reference = command.holder().reference();
        if (entries.containsKey(reference)) {
            throw new NightRefusal(DUPLICATE_REFERENCE);
        }
        ChildCounts asked = ChildCounts.of(command.children().stream().map(Child::band).toList());
        NightRefusal full = command.kind() == PlaceKind.REST ? restFull() : childcareFull(asked);
        if (full == null) {
            apply(new NightPlaceBookedEvent(nightId, plan.date(), plan.opens(), plan.closes(), command.kind(),
                    command.holder(), List.copyOf(command.children()), command.now()));
            return BookingStatus.BOOKED;
        }
        if (!command.waitlist()) {
            throw full;
        }
        apply(new NightWaitlistJoinedEvent(nightId, plan.date(), plan.opens(), plan.closes(), command.kind(),
                command.holder(), List.copyOf(command.children()), command.now()));
        return BookingStatus.WAITLISTED;
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(CancelNightBookingCommand command) {
        Entry entry = requireEntry(command.reference());
        switch (entry.status) {
            case CANCELLED, RELEASED -> {
                return; // cancelling twice is not an error
            }
            case CHECKED_IN, CHECKED_OUT -> throw new NightRefusal(CHECKED_IN_CANNOT_CANCEL);
            default -> apply(new NightBookingCancelledEvent(nightId, plan.date(), command.reference(), entry.kind,
                    command.now()));
        }
        offerFreedPlaces(command.offerHold(), command.now());
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(AcceptOfferCommand command) {
        Entry entry = requireEntry(command.reference());
        if (entry.status == BookingStatus.BOOKED) {
            return; // accepted twice
        }
        if (entry.status != BookingStatus.OFFERED || !command.now().isBefore(entry.offerExpiresAt)) {
            throw new NightRefusal(OFFER_EXPIRED);
        }
        apply(new OfferAcceptedEvent(nightId, plan.date(), command.reference(), entry.kind, command.now()));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(ExpireOffersCommand command) {
        requirePlanned();
        List<String> expired = entries.entrySet().stream()
                .filter(e -> e.getValue().status == BookingStatus.OFFERED
                        && !command.now().isBefore(e.getValue().offerExpiresAt))
                .map(Map.Entry::getKey).toList();
        for (String reference : expired) {
            apply(new OfferExpiredEvent(nightId, plan.date(), reference, entries.get(reference).kind, command.now()));
        }
        offerFreedPlaces(command.offerHold(), command.now());
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(ReleaseUncheckedPlacesCommand command) {
        requirePlanned();
        if (command.now().isBefore(plan.releasesAt())) {
            return;
        }
        List<String> unclaimed = entries.entrySet().stream()
                .filter(e -> e.getValue().kind == PlaceKind.REST && e.getValue().status == BookingStatus.BOOKED
                        && e.getValue().bookedAt.isBefore(plan.releasesAt()))
                .map(Map.Entry::getKey).toList();
        for (String reference : unclaimed) {
            apply(new RestPlaceReleasedEvent(nightId, plan.date(), reference, PlaceKind.REST, command.now()));
        }
        offerFreedPlaces(command.offerHold(), command.now());
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(CheckInCommand command) {
        Entry entry = requireEntry(command.reference());
        if (entry.kind == PlaceKind.REST) {
            if (entry.status == BookingStatus.CHECKED_IN) {
                throw new NightRefusal(ALREADY_CHECKED_IN);
            }
            requireStatus(entry, BookingStatus.BOOKED);
            apply(new CheckedInEvent(nightId, plan.date(), command.reference(), entry.kind, null, null, command.now()));
            return;
        }
        int child = requireChild(entry, command.child());
        if (entry.childrenIn.contains(child) || entry.childrenOut.contains(child)) {
            throw new NightRefusal(ALREADY_CHECKED_IN);
        }
        if (entry.status != BookingStatus.BOOKED && entry.status != BookingStatus.CHECKED_IN) {
            throw new NightRefusal(NOT_BOOKED);
        }
        apply(new CheckedInEvent(nightId, plan.date(), command.reference(), entry.kind, child,
                entry.children.get(child - 1), command.now()));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(CheckOutCommand command) {
        Entry entry = requireEntry(command.reference());
        if (entry.kind == PlaceKind.REST) {
            if (entry.status != BookingStatus.CHECKED_IN) {
                throw new NightRefusal(NOT_CHECKED_IN);
            }
            apply(new CheckedOutEvent(nightId, plan.date(), command.reference(), entry.kind, null, null, null,
                    command.now()));
            return;
        }
        int child = requireChild(entry, command.child());
        if (!entry.childrenIn.contains(child)) {
            throw new NightRefusal(NOT_CHECKED_IN);
        }
        apply(new CheckedOutEvent(nightId, plan.date(), command.reference(), entry.kind, child,
                entry.children.get(child - 1), command.collectedBy(), command.now()));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(SetRosterCommand command) {
        requireOpenFor(command.now());
        if (!ChildcareRatio.fits(childrenHeld(), command.childcareStaff().size())) {
            throw new NightRefusal(ROSTER_BREAKS_RATIO);
        }
        apply(new RosterSetEvent(nightId, plan.date(), List.copyOf(command.childcareStaff())));
        offerFreedPlaces(command.offerHold(), command.now());
    }

    /** Offers every freed place to the first on the waitlist it fits, in the order they joined. */
    private void offerFreedPlaces(Duration hold, LocalDateTime now) {
        if (plan.over(now)) {
            return;
        }
        for (String reference : List.copyOf(waitlist)) {
            Entry entry = entries.get(reference);
            boolean fits = entry.kind == PlaceKind.REST ? restFull() == null
                    : childcareFull(ChildCounts.of(entry.children)) == null;
            if (fits) {
                apply(new PlaceOfferedEvent(nightId, plan.date(), reference, entry.kind, now, now.plus(hold)));
            }
        }
    }

    private NightRefusal restFull() {
        return restTaken() < plan.restPlaces() ? null : new NightRefusal(REST_FULL);
    }

    /** Null when the children fit beside those held; otherwise the refusal naming a band that is full. */
    private NightRefusal childcareFull(ChildCounts asked) {
        ChildCounts held = childrenHeld();
        if (ChildcareRatio.fits(held.plus(asked), childcareStaff)) {
            return null;
        }
        for (AgeBand band : AgeBand.values()) {
            if (asked.of(band) > ChildcareRatio.headroom(held, childcareStaff, band)) {
                return NightRefusal.bandFull(band);
            }
        }
        AgeBand first = AgeBand.values()[0];
        for (AgeBand band : AgeBand.values()) {
            if (asked.of(band) > 0) {
                first = band;
                break;
            }
        }
        return NightRefusal.bandFull(first);
    }

    private int restTaken() {
        return (int) entries.values().stream().filter(e -> e.kind == PlaceKind.REST && e.holds()).count();
    }

    private ChildCounts childrenHeld() {
        ChildCounts held = ChildCounts.NONE;
        for (Entry e : entries.values()) {
            if (e.kind == PlaceKind.CHILDCARE && e.holds()) {
                held = held.plus(e.childrenHeld());
            }
        }
        return held;
    }

    private void requirePlanned() {
        if (plan == null) {
            throw new NightRefusal(NIGHT_NOT_FOUND);
        }
    }

    private void requireOpenFor(LocalDateTime now) {
        requirePlanned();
        if (plan.over(now)) {
            throw new NightRefusal(NIGHT_OVER);
        }
    }

    private Entry requireEntry(String reference) {
        requirePlanned();
        Entry entry = entries.get(reference);
        if (entry == null) {
            throw new NightRefusal(BOOKING_NOT_FOUND);
        }
        return entry;
    }

    private static void requireStatus(Entry entry, BookingStatus status) {
        if (entry.status != status) {
            throw new NightRefusal(NOT_BOOKED);
        }
    }

    private static int requireChild(Entry entry, Integer child) {
        if (child == null || child < 1 || child > entry.children.size()) {
            throw new NightRefusal(CHILD_NOT_FOUND);
        }
        return child;
    }

    @EventSourcingHandler
    void on(NightPlannedEvent event) {
        nightId = event.nightId();
        plan = new NightPlan(event.date(), event.opens(), event.closes(), event.restPlaces(), event.releaseAt());
    }

    @EventSourcingHandler
    void on(NightPlaceBookedEvent event) {
        entries.put(event.reference(), new Entry(event.kind(), bands(event.children()), event.bookedAt(),
                BookingStatus.BOOKED));
    }

    @EventSourcingHandler
    void on(NightWaitlistJoinedEvent event) {
        entries.put(event.reference(), new Entry(event.kind(), bands(event.children()), event.joinedAt(),
                BookingStatus.WAITLISTED));
        waitlist.add(event.reference());
    }

    @EventSourcingHandler
    void on(PlaceOfferedEvent event) {
        Entry entry = entries.get(event.reference());
        entry.status = BookingStatus.OFFERED;
        entry.offerExpiresAt = event.expiresAt();
        waitlist.remove(event.reference());
    }

    @EventSourcingHandler
    void on(OfferAcceptedEvent event) {
        entries.get(event.reference()).status = BookingStatus.BOOKED;
    }

    @EventSourcingHandler
    void on(OfferExpiredEvent event) {
        entries.get(event.reference()).status = BookingStatus.WAITLISTED;
        waitlist.add(event.reference());
    }

    @EventSourcingHandler
    void on(NightBookingCancelledEvent event) {
        entries.get(event.reference()).status = BookingStatus.CANCELLED;
        waitlist.remove(event.reference());
    }

    @EventSourcingHandler
    void on(RestPlaceReleasedEvent event) {
        entries.get(event.reference()).status = BookingStatus.RELEASED;
    }

    @EventSourcingHandler
    void on(CheckedInEvent event) {
        Entry entry = entries.get(event.reference());
        entry.status = BookingStatus.CHECKED_IN;
        if (event.child() != null) {
            entry.childrenIn.add(event.child());
        }
    }

    @EventSourcingHandler
    void on(CheckedOutEvent event) {
        Entry entry = entries.get(event.reference());
        if (event.child() == null) {
            entry.status = BookingStatus.CHECKED_OUT;
            return;
        }
        entry.childrenIn.remove(event.child());
        entry.childrenOut.add(event.child());
        if (entry.childrenOut.size() == entry.children.size()) {
            entry.status = BookingStatus.CHECKED_OUT;
        }
    }

    @EventSourcingHandler
    void on(RosterSetEvent event) {
        childcareStaff = event.childcareStaff().size();
    }

    private static List<AgeBand> bands(List<Child> children) {
        return children == null ? List.of() : children.stream().map(Child::band).toList();
    }
}
