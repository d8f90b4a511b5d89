package org.lantern.application.nightcentre;

import org.lantern.domain.booking.Needs;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.lantern.application.booking.CentreClock;
import org.lantern.domain.booking.BookingStatus;
import org.lantern.domain.nightcentre.AgeBand;
import org.lantern.domain.nightcentre.ChildCounts;
import org.lantern.domain.nightcentre.ChildcareRatio;
import org.lantern.domain.nightcentre.PlaceKind;
import org.lantern.domain.privacy.PersonalDataVault;
import org.lantern.domain.privacy.SealedText;

/** Tonight's board, from the read model: counts, headroom per age band, waitlist, flags. */
public class NightBoards {

    static final Duration OFFER_EXPIRING_WITHIN = Duration.ofMinutes(10);
    static final Duration RELEASE_WITHIN = Duration.ofMinutes(30);

    private final NightRecords nights;
    private final PersonalDataVault vault;
    private final CentreClock clock;

    public NightBoards(NightRecords nights, PersonalDataVault vault, CentreClock clock) {
        this.nights = nights;
        this.vault = vault;
        this.clock = clock;
    }

    /** The night that is running, or tonight's: last night's until it closes in the morning. */
    public LocalDate tonight() {
        LocalDateTime now = clock.now();
        LocalDate today = now.toLocalDate();
        return nights.night(today.minusDays(1)).filter(n -> now.isBefore(n.closesAt()))
                .map(NightView::date).orElse(today);
    }

    /**
     * A night's board. The board moves to the next night at closing time, so a child still checked in from the
     * night before is flagged on it too.
     */
    public NightBoard board(LocalDate date) {
        LocalDateTime now = clock.now();
        List<NightBoard.Flag> lastNight = nights.night(date.minusDays(1))
                .filter(n -> !now.isBefore(n.closesAt()))
                .map(n -> childrenPastClosing(n, nights.bookings(n.nightId()))).orElse(List.of());
        Optional<NightView> found = nights.night(date);
        if (found.isEmpty()) {
            NightBoard none = NightBoard.none();
            return new NightBoard(none.date(), none.opensAt(), none.closesAt(), 0, 0, 0, 0, List.of(),
                    none.childrenIn(), List.of(), none.headroom(), lastNight, List.of());
        }
        NightView night = found.get();
        List<NightBookingView> all = nights.bookings(night.nightId());
        Map<SealedText, String> names = vault.openAll(sealed(all));
        List<NightBoard.Entry> entries = all.stream().map(b -> entry(b, names)).toList();
        List<NightBookingView> rest = all.stream().filter(b -> b.kind() == PlaceKind.REST).toList();
        int restBooked = count(rest, BookingStatus.BOOKED, BookingStatus.CHECKED_IN, BookingStatus.CHECKED_OUT);
        int restHeld = restBooked + count(rest, BookingStatus.OFFERED);
        ChildCounts held = childrenHeld(all);
        int staff = night.childcareStaff().size();
        ChildCounts headroom = new ChildCounts(ChildcareRatio.headroom(held, staff, AgeBand.UNDER_2),
                ChildcareRatio.headroom(held, staff, AgeBand.TWO), ChildcareRatio.headroom(held, staff, AgeBand.THREE_PLUS));
        return new NightBoard(night.date(), night.plan().opensAt(), night.closesAt(), night.restPlaces(), restBooked,
                count(rest, BookingStatus.CHECKED_IN), Math.max(0, night.restPlaces() - restHeld),
                entries.stream().filter(e -> e.status().equals(BookingStatus.WAITLISTED.code())
                        || e.status().equals(BookingStatus.OFFERED.code())).toList(),
                childrenIn(all), night.childcareStaff(), headroom,
                Stream.concat(lastNight.stream(), flags(night, all, now).stream()).toList(), entries);
    }

    /** What another booking of childcare could still take: the headroom per age band (for the public list too). */
    public static ChildCounts headroom(NightView night, List<NightBookingView> bookings) {
        ChildCounts held = childrenHeld(bookings);
        int staff = night.childcareStaff().size();
        return new ChildCounts(ChildcareRatio.headroom(held, staff, AgeBand.UNDER_2),
                ChildcareRatio.headroom(held, staff, AgeBand.TWO), ChildcareRatio.headroom(held, staff, AgeBand.THREE_PLUS));
    }

    /** Rest places neither booked nor offered. */
    public static int restFree(NightView night, List<NightBookingView> bookings) {
        int held = (int) bookings.stream().filter(b -> b.kind() == PlaceKind.REST && holds(b.status())).count();
        return Math.max(0, night.restPlaces() - held);
    }

    private static List<NightBoard.Flag> flags(NightView night, List<NightBookingView> all, LocalDateTime now) {
        List<NightBoard.Flag> flags = new ArrayList<>();
        LocalDateTime releasesAt = night.plan().releasesAt();
        for (NightBookingView b : all) {
            if (b.status() == BookingStatus.OFFERED && b.offerExpiresAt() != null
                    && now.plus(OFFER_EXPIRING_WITHIN).isAfter(b.offerExpiresAt())) {
                flags.add(new NightBoard.Flag("offer-expiring", b.reference(), null, b.offerExpiresAt()));
            }
            if (b.kind() == PlaceKind.REST && b.status() == BookingStatus.BOOKED && now.isBefore(releasesAt)
                    && now.plus(RELEASE_WITHIN).isAfter(releasesAt) && b.bookedAt().isBefore(releasesAt)) {
                flags.add(new NightBoard.Flag("release-soon", b.reference(), null, releasesAt));
            }
        }
        if (!now.isBefore(night.closesAt())) {
            flags.addAll(childrenPastClosing(night, all));
        }
        return flags;
    }

    private static List<NightBoard.Flag> childrenPastClosing(NightView night, List<NightBookingView> all) {
        return all.stream().flatMap(b -> b.children().stream().filter(NightBookingView.ChildView::in)
                .map(c -> new NightBoard.Flag("child-past-closing", b.reference(), c.number(), night.closesAt())))
                .toList();
    }

    private static NightBoard.Entry entry(NightBookingView b, Map<SealedText, String> names) {
        return new NightBoard.Entry(b.reference(), b.kind().code(), b.status().code(), open(b.pseudonym(), names),
                b.children().stream().map(c -> new NightBoard.Child(c.number(), open(c.name(), names),
                        c.band().code(), c.in(), c.out(), open(c.collectedBy(), names))).toList(),
                b.offerExpiresAt(), arranging(open(b.needs(), names)));
    }

    private static Needs arranging(String encoded) {
        if (encoded == null) {
            return null;
        }
        Needs needs = Needs.decode(encoded);
        return needs.needsArranging() ? needs : null;
    }

    private static ChildCounts childrenHeld(List<NightBookingView> all) {
        List<AgeBand> bands = all.stream().filter(b -> b.kind() == PlaceKind.CHILDCARE && holds(b.status()))
                .flatMap(b -> b.children().stream().filter(c -> !c.out()).map(NightBookingView.ChildView::band))
                .toList();
        return ChildCounts.of(bands);
    }

    private static ChildCounts childrenIn(List<NightBookingView> all) {
        return ChildCounts.of(all.stream().flatMap(b -> b.children().stream())
                .filter(NightBookingView.ChildView::in).map(NightBookingView.ChildView::band).toList());
    }

    /** The statuses that hold a place tonight (a rest place stays used after check-out). */
    private static boolean holds(BookingStatus status) {
        return status == BookingStatus.BOOKED || status == BookingStatus.OFFERED || status == BookingStatus.CHECKED_IN
                || status == BookingStatus.CHECKED_OUT;
    }

    private static int count(List<NightBookingView> bookings, BookingStatus... statuses) {
        return (int) bookings.stream().filter(b -> Stream.of(statuses).anyMatch(s -> s == b.status())).count();
    }

    private static Collection<SealedText> sealed(List<NightBookingView> all) {
        return all.stream().flatMap(b -> Stream.concat(Stream.of(b.pseudonym(), b.needs()),
                b.children().stream().flatMap(c -> Stream.of(c.name(), c.collectedBy())))).filter(Objects::nonNull)
                .toList();
    }

    private static String open(SealedText sealed, Map<SealedText, String> names) {
        return sealed == null ? null : names.get(sealed);
    }
}
