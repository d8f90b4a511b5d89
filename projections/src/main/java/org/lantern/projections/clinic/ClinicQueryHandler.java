package org.lantern.projections.clinic;

import org.lantern.application.booking.BookingView;
import org.lantern.application.clinic.SessionView;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.axonframework.queryhandling.QueryHandler;
import org.lantern.domain.booking.Needs;
import org.lantern.domain.privacy.PersonalDataVault;
import org.lantern.domain.privacy.SealedText;

/** Answers the clinic's questions from the read model; pseudonyms are opened only for the day list. */
public class ClinicQueryHandler {

    private final ClinicReadModel model;
    private final PersonalDataVault vault;

    public ClinicQueryHandler(ClinicReadModel model, PersonalDataVault vault) {
        this.model = model;
        this.vault = vault;
    }

    @QueryHandler
    public List<SlotAvailability> handle(FindAvailabilityQuery query) {
        List<SessionView> sessions = model.sessions(query.from(), query.to(), query.service(), query.site()).stream()
                .filter(s -> query.clinicians() == null || query.clinicians().contains(s.clinician())).toList();
        Map<String, Map<LocalTime, Long>> taken = takenPlaces(sessions);
        List<SlotAvailability> slots = new ArrayList<>();
        for (SessionView s : sessions) {
            for (LocalTime start : s.slotStarts()) {
                if (s.date().atTime(start).isBefore(query.now())) {
                    continue;
                }
                long used = taken.getOrDefault(s.sessionId(), Map.of()).getOrDefault(start, 0L);
                slots.add(new SlotAvailability(s.sessionId(), s.service(), s.date(), start,
                        start.plusMinutes(s.slotMinutes()), (int) Math.max(0, s.placesPerSlot() - used), s.site()));
            }
        }
        return slots;
    }

    @QueryHandler
    public BookingView handle(FindBookingQuery query) {
        return model.booking(query.reference()).orElse(null);
    }

    @QueryHandler
    public List<BookingView> handle(FindBookingsDueForErasureQuery query) {
        return model.unerasedBookingsUntil(query.endedBy().toLocalDate()).stream()
                .filter(b -> !b.endsAt().isAfter(query.endedBy()))
                .toList();
    }

    @QueryHandler
    public List<BookingView> handle(FindBookingsToRemindQuery query) {
        return model.activeBookingsWithContact(query.from(), query.to());
    }

    @QueryHandler
    public SessionView handle(FindSessionQuery query) {
        return model.session(query.sessionId()).orElse(null);
    }

    @QueryHandler
    public List<SessionView> handle(FindSessionsQuery query) {
        return model.sessions(query.from(), query.to(), null);
    }

    @QueryHandler
    public DayListView handle(FindDayListQuery query) {
        List<SessionView> sessions = model.sessions(query.date(), query.date(), query.service());
        List<BookingView> bookings = model.allBookings(ids(sessions));
        Map<SealedText, String> names = vault.openAll(bookings.stream()
                .flatMap(b -> java.util.stream.Stream.of(b.pseudonym(), b.needs())).filter(Objects::nonNull).toList());
        List<DayListView.Session> out = new ArrayList<>();
        for (SessionView s : sessions) {
            List<DayListView.Slot> slots = new ArrayList<>();
            for (LocalTime start : s.slotStarts()) {
                List<DayListView.Entry> entries = bookings.stream()
                        .filter(b -> b.sessionId().equals(s.sessionId()) && b.start().equals(start))
                        .sorted(Comparator.comparing(BookingView::status))
                        .map(b -> new DayListView.Entry(b.reference(),
                                b.pseudonym() == null ? null : names.get(b.pseudonym()), b.status().code(),
                                needs(b, names)))
                        .toList();
                slots.add(new DayListView.Slot(start, start.plusMinutes(s.slotMinutes()), s.placesPerSlot(), entries));
            }
            out.add(new DayListView.Session(s.sessionId(), s.start(), s.end(), s.clinician(), slots));
        }
        return new DayListView(query.date(), query.service(), out);
    }

    /**
     * A place given up (cancelled, or left behind by a course session moved to another time) has nothing to
     * arrange: its needs show where the booking is now, never at a time it left.
     */
    private static Needs needs(BookingView b, Map<SealedText, String> opened) {
        String plain = b.needs() == null || !b.status().holdsPlace() ? null : opened.get(b.needs());
        return plain == null ? Needs.NONE : Needs.decode(plain);
    }

    /** Booked places, and places held for a booking moving in (the session refuses those too). */
    private Map<String, Map<LocalTime, Long>> takenPlaces(List<SessionView> sessions) {
        List<String> ids = ids(sessions);
        Map<String, Map<LocalTime, Long>> taken = model.activeBookings(ids).stream().collect(Collectors.groupingBy(
                BookingView::sessionId, Collectors.groupingBy(BookingView::start, Collectors.counting())));
        model.heldPlaces(ids).forEach((sessionId, byStart) -> byStart.forEach((start, count) -> taken
                .computeIfAbsent(sessionId, k -> new java.util.HashMap<>()).merge(start, count, Long::sum)));
        return taken;
    }

    private static List<String> ids(List<SessionView> sessions) {
        return sessions.stream().map(SessionView::sessionId).collect(Collectors.toList());
    }

}
