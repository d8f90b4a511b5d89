package org.lantern.ui.nightcentre;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import org.lantern.application.nightcentre.NightBoard;
import org.lantern.application.nightcentre.NightBookingView;
import org.lantern.application.nightcentre.NightView;
import org.lantern.domain.nightcentre.ChildCounts;
import org.lantern.ui.CentreTime;

/** The night centre's JSON on the wire: times as ISO-8601 with the offset in force at that moment. */
final class NightJson {

    private NightJson() {
    }

    record Headroom(int under2, int two, int threePlus) {

        static Headroom of(ChildCounts counts) {
            return new Headroom(counts.under2(), counts.two(), counts.threePlus());
        }
    }

    record Night(String date, OffsetDateTime opens, OffsetDateTime closes, int restFree, Headroom childcareHeadroom) {

        static Night of(NightView n, int restFree, ChildCounts headroom, CentreTime time) {
            return new Night(n.date().toString(), at(n.plan().opensAt(), time), at(n.closesAt(), time), restFree,
                    Headroom.of(headroom));
        }
    }

    record Created(String reference, String secret, String status) {
    }

    record ChildStatus(int child, String ageBand, boolean in, boolean out) {
    }

    /** What the holder sees with reference and secret: no names, they know them. */
    record Booking(String reference, String date, String kind, OffsetDateTime opens, OffsetDateTime closes,
                   String status, OffsetDateTime offerExpiresAt, List<ChildStatus> children) {

        static Booking of(NightBookingView b, NightView night, CentreTime time) {
            return new Booking(b.reference(), b.date().toString(), b.kind().code(), at(night.plan().opensAt(), time),
                    at(night.closesAt(), time), b.status().code(), b.offerExpiresAt() == null ? null
                    : at(b.offerExpiresAt(), time),
                    b.children().stream().map(c -> new ChildStatus(c.number(), c.band().code(), c.in(), c.out()))
                            .toList());
        }
    }

    record BoardChild(int child, String name, String ageBand, boolean in, boolean out, String collectedBy) {
    }

    record BoardEntry(String reference, String kind, String status, String pseudonym, List<BoardChild> children,
                      OffsetDateTime offerExpiresAt, Arrange needs) {
    }

    /** What to arrange before the person comes (an interpreter, access needs); {@code toString()} names none. */
    record Arrange(String interpreter, List<String> accessTicks, String access) {

        static Arrange of(org.lantern.domain.booking.Needs needs) {
            return needs == null ? null : new Arrange(needs.interpreter(), needs.tickCodes(), needs.access());
        }

        @Override
        public String toString() {
            return "Arrange";
        }
    }

    record Flag(String kind, String reference, Integer child, OffsetDateTime at) {
    }

    /** The night board for night staff and managers: the only place children's names are shown. */
    record Board(String date, OffsetDateTime opens, OffsetDateTime closes, int restPlaces, int restBooked, int restIn,
                 int restFree, List<BoardEntry> waitlist, Headroom childrenIn, List<String> childcareStaff,
                 Headroom headroom, List<Flag> flags, List<BoardEntry> bookings) {

        static Board of(NightBoard b, CentreTime time) {
            return new Board(b.date() == null ? null : b.date().toString(), at(b.opensAt(), time),
                    at(b.closesAt(), time), b.restPlaces(), b.restBooked(), b.restIn(), b.restFree(),
                    entries(b.waitlist(), time), Headroom.of(b.childrenIn()), b.childcareStaff(),
                    Headroom.of(b.headroom()), b.flags().stream().map(f -> new Flag(f.kind(), f.reference(),
                    f.child(), at(f.at(), time))).toList(), entries(b.bookings(), time));
        }

        private static List<BoardEntry> entries(List<NightBoard.Entry> entries, CentreTime time) {
            return entries.stream().map(e -> new BoardEntry(e.reference(), e.kind(), e.status(), e.pseudonym(),
                    e.children().stream().map(c -> new BoardChild(c.number(), c.name(), c.ageBand(), c.in(), c.out(),
                            c.collectedBy())).toList(), e.offerExpiresAt() == null ? null
                    : at(e.offerExpiresAt(), time), Arrange.of(e.needs()))).toList();
        }
    }

    /** A wall-clock time with the offset in force at that moment (a night may cross a clock change). */
    static OffsetDateTime at(LocalDateTime local, CentreTime time) {
        return local == null ? null : time.at(local.toLocalDate(), local.toLocalTime());
    }
}
