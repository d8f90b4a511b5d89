package org.lantern.application.nightcentre;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.lantern.application.booking.BookingRequest;
import org.lantern.application.booking.InvalidInputException;
import org.lantern.application.booking.Pseudonyms;
import org.lantern.application.booking.ReminderContact;
import org.lantern.domain.booking.Needs;
import org.lantern.domain.nightcentre.AgeBand;
import org.lantern.domain.nightcentre.NightRefusal;
import org.lantern.domain.nightcentre.PlaceKind;

/**
 * A rest place or childcare for one night, asked for by a person, checked and normalised. Night bookings take
 * no contact: nobody is reminded of a night. {@link #toString()} leaves out every personal field.
 */
public record NightRequest(LocalDate date, PlaceKind kind, String pseudonym, List<ChildRequest> children,
                           boolean waitlist, Locale language, Needs needs) implements BookingRequest {

    public static final int MAX_CHILDREN = 6;

    /** A child as typed: its name and the code of its age band. */
    public record TypedChild(String name, String ageBand) {

        @Override
        public String toString() {
            return "TypedChild[" + ageBand + "]";
        }
    }

    /** Normalises and checks the person's input; refuses with a kind message. */
    public static NightRequest of(LocalDate date, String kind, String rawPseudonym, List<TypedChild> typed,
                                  Boolean waitlist, Locale language) {
        return of(date, kind, rawPseudonym, typed, waitlist, language, Needs.NONE);
    }

    /** As above, with what the person asked for (an interpreter, access needs): sealed like the pseudonym. */
    public static NightRequest of(LocalDate date, String kind, String rawPseudonym, List<TypedChild> typed,
                                  Boolean waitlist, Locale language, Needs needs) {
        String pseudonym = Pseudonyms.normalise(rawPseudonym)
                .orElseThrow(() -> new InvalidInputException("error.pseudonym"));
        if (date == null) {
            throw new NightRefusal(NightRefusal.Reason.NIGHT_NOT_FOUND);
        }
        PlaceKind placeKind = PlaceKind.fromCode(kind)
                .orElseThrow(() -> new NightRefusal(NightRefusal.Reason.KIND_UNKNOWN));
        List<ChildRequest> children = placeKind == PlaceKind.CHILDCARE ? children(typed) : List.of();
        return new NightRequest(date, placeKind, pseudonym, children, Boolean.TRUE.equals(waitlist),
                language == null ? Locale.ENGLISH : language, needs == null ? Needs.NONE : needs);
    }

    private static List<ChildRequest> children(List<TypedChild> typed) {
        if (typed == null || typed.isEmpty()) {
            throw new NightRefusal(NightRefusal.Reason.NO_CHILDREN);
        }
        if (typed.size() > MAX_CHILDREN) {
            throw new NightRefusal(NightRefusal.Reason.TOO_MANY_CHILDREN);
        }
        List<ChildRequest> children = new ArrayList<>();
        for (TypedChild child : typed) {
            AgeBand band = AgeBand.fromCode(child == null ? null : child.ageBand())
                    .orElseThrow(() -> new NightRefusal(NightRefusal.Reason.AGE_BAND_UNKNOWN));
            String name = Pseudonyms.normalise(child.name())
                    .orElseThrow(() -> new NightRefusal(NightRefusal.Reason.CHILD_NAME));
            children.add(new ChildRequest(name, band));
        }
        return List.copyOf(children);
    }

    @Override
    public Optional<ReminderContact> contact() {
        return Optional.empty();
    }

    @Override
    public boolean remindersMayNameService() {
        return false;
    }

    @Override
    public List<String> otherPersonalFields() {
        return children.stream().map(ChildRequest::name).toList();
    }

    @Override
    public String fingerprint() {
        StringBuilder out = new StringBuilder("night\n" + date + '\n' + kind + '\n' + waitlist + '\n');
        children.forEach(c -> out.append(c.name()).append('\t').append(c.band()).append('\n'));
        return out + personalFingerprint();
    }

    @Override
    public String toString() {
        return "NightRequest[" + date + ", " + kind + ", " + children.size() + " children]";
    }
}
