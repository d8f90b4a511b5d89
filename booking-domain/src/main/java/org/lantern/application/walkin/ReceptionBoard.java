package org.lantern.application.walkin;

import org.lantern.domain.booking.CatalogueEntry;
import org.lantern.domain.booking.ServiceCatalogue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.lantern.application.booking.BookingView;
import org.lantern.application.booking.CentreClock;
import org.lantern.domain.booking.BookingStatus;
import org.lantern.domain.booking.Needs;
import org.lantern.domain.booking.Service;
import org.lantern.domain.booking.SharedNames;
import org.lantern.domain.privacy.PersonalDataVault;
import org.lantern.domain.privacy.SealedText;
import org.lantern.domain.walkin.QueueId;
import org.lantern.domain.walkin.TicketStatus;

/**
 * Reception's board: who waits (in calling order), who is called to which room, today's booked arrivals and
 * no-shows, and per service the counts and today's average wait (arrival to call). Police-clinic people show as
 * private appointments, without a pseudonym.
 */
public class ReceptionBoard {

    private final QueueReader reader;
    private final QueueRecords queues;
    private final DayBookings bookings;
    private final PersonalDataVault vault;
    private final CentreClock clock;
    private final SharedNames sharedNames;
    private final ServiceCatalogue catalogue;

    public ReceptionBoard(QueueReader reader, QueueRecords queues, DayBookings bookings, PersonalDataVault vault,
                          CentreClock clock, SharedNames sharedNames, ServiceCatalogue catalogue) {
        this.catalogue = catalogue;
        this.sharedNames = sharedNames;
        this.reader = reader;
        this.queues = queues;
        this.bookings = bookings;
        this.vault = vault;
        this.clock = clock;
    }

    public BoardView today() {
        LocalDate date = clock.now().toLocalDate();
        List<BookingView> day = bookings.bookingsOn(date).stream().filter(BookingView::active).toList();
        List<Line> lines = new ArrayList<>();
        for (CatalogueEntry entry : catalogue.all()) {
            Service service = entry.service();
            String queueId = QueueId.of(service, date);
            lines.add(new Line(service, sharedNames.isPrivate(service), sharedNames.handle(service.code()),
                    reader.queue(queueId), queues.entries(queueId),
                    day.stream().filter(b -> b.service().equals(service.code())).toList()));
        }
        Map<SealedText, String> names = vault.openAll(lines.stream().flatMap(Line::sealed).toList());
        return new BoardView(date, lines.stream().map(l -> l.view(names)).toList());
    }

    private record Line(Service service, boolean hidden, String shown, List<Placed> placed, List<QueueEntry> all, List<BookingView> booked) {

        Stream<SealedText> sealed() {
            return Stream.concat(all.stream().map(QueueEntry::pseudonym),
                    booked.stream().flatMap(b -> Stream.of(b.pseudonym(), b.needs()))).filter(Objects::nonNull);
        }

        BoardView.Line view(Map<SealedText, String> names) {
            List<BoardView.Waiting> waiting = placed.stream().filter(p -> p.entry().waiting())
                    .map(p -> new BoardView.Waiting(p.entry().callNumber(), p.entry().booking() ? "booking" : "walk-in",
                            hidden ? null : name(names, pseudonymOf(p.entry())),
                            p.entry().priority() == null ? null : p.entry().priority().code(), p.waitedMinutes(),
                            p.estimatedWaitMinutes())).toList();
            List<BoardView.Called> called = placed.stream().filter(p -> p.entry().status() == TicketStatus.CALLED)
                    .map(p -> new BoardView.Called(p.entry().callNumber(), p.entry().room(), p.entry().clinician()))
                    .toList();
            List<BoardView.Arrival> arrivals = booked.stream().sorted(Comparator.comparing(BookingView::start))
                    .map(b -> arrival(b, hidden ? null : name(names, b.pseudonym()), needs(names, b))).toList();
            return new BoardView.Line(shown, hidden, waiting, called, arrivals, counts(waiting, called));
        }

        private static BoardView.Arrival arrival(BookingView b, String name, Needs needs) {
            return new BoardView.Arrival(b.reference(), b.start(), name, b.status().code(), needs.interpreter(),
                    needs.tickCodes(), needs.access());
        }

        private static Needs needs(Map<SealedText, String> opened, BookingView b) {
            String plain = b.needs() == null ? null : opened.get(b.needs());
            return plain == null ? Needs.NONE : Needs.decode(plain);
        }

        private SealedText pseudonymOf(QueueEntry entry) {
            if (!entry.booking()) {
                return entry.pseudonym();
            }
            return booked.stream().filter(b -> b.reference().equals(entry.ticketId())).map(BookingView::pseudonym)
                    .findFirst().orElse(null);
        }

        private BoardView.Counts counts(List<BoardView.Waiting> waiting, List<BoardView.Called> called) {
            int seen = (int) (all.stream().filter(e -> e.status() == TicketStatus.SEEN).count()
                    + booked.stream().filter(b -> b.status() == BookingStatus.SEEN
                    && all.stream().noneMatch(e -> e.ticketId().equals(b.reference()))).count());
            int noShows = (int) booked.stream().filter(b -> b.status() == BookingStatus.NO_SHOW).count();
            return new BoardView.Counts(waiting.size(), called.size(), seen, noShows, averageWait(all));
        }

        private static long averageWait(Collection<QueueEntry> all) {
            return Math.round(all.stream().filter(e -> e.calledAt() != null && e.arrivedAt() != null)
                    .mapToLong(e -> Duration.between(e.arrivedAt(), e.calledAt()).toMinutes()).average().orElse(0));
        }

        private static String name(Map<SealedText, String> names, SealedText sealed) {
            return sealed == null ? null : names.get(sealed);
        }
    }
}
