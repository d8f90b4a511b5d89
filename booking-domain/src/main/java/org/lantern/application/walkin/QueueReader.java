package org.lantern.application.walkin;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.lantern.application.booking.CentreClock;
import org.lantern.domain.walkin.CallingOrder;

/**
 * A queue in calling order with waits. Estimated wait: the mean time between call and seen of the last people seen
 * today in that queue (a default before anyone), times the number ahead, divided by the clinicians in session.
 */
public class QueueReader {

    static final int RECENT = 5;

    private final QueueRecords records;
    private final CliniciansOnDuty clinicians;
    private final CentreClock clock;
    private final Duration defaultConsultation;

    public QueueReader(QueueRecords records, CliniciansOnDuty clinicians, CentreClock clock,
                       Duration defaultConsultation) {
        this.records = records;
        this.clinicians = clinicians;
        this.clock = clock;
        this.defaultConsultation = defaultConsultation;
    }

    /** Waiting places in calling order, then those called (by call time). */
    public List<Placed> queue(String queueId) {
        List<QueueEntry> all = records.entries(queueId);
        LocalDateTime now = clock.now();
        List<QueueEntry> waiting = order(all, now);
        double perPerson = meanConsultationMinutes(all);
        int onDuty = all.isEmpty() ? 1 : Math.max(1, clinicians.count(all.get(0).service(), now));
        List<Placed> placed = new ArrayList<>();
        for (int i = 0; i < waiting.size(); i++) {
            placed.add(new Placed(waiting.get(i), i + 1, minutesBetween(waiting.get(i).arrivedAt(), now),
                    estimate(perPerson, i, onDuty)));
        }
        all.stream().filter(e -> e.calledAt() != null && e.status() == org.lantern.domain.walkin.TicketStatus.CALLED)
                .sorted(Comparator.comparing(QueueEntry::calledAt))
                .forEach(e -> placed.add(new Placed(e, 0, minutesBetween(e.arrivedAt(), e.calledAt()), 0)));
        return placed;
    }

    /** One place, where it stands now. */
    public Placed place(QueueEntry entry) {
        return queue(entry.queueId()).stream().filter(p -> p.entry().ticketId().equals(entry.ticketId()))
                .findFirst().orElseGet(() -> new Placed(entry, 0, entry.calledAt() == null ? 0
                        : minutesBetween(entry.arrivedAt(), entry.calledAt()), 0));
    }

    static List<QueueEntry> order(List<QueueEntry> all, LocalDateTime now) {
        List<QueueEntry> waiting = all.stream().filter(QueueEntry::waiting).toList();
        if (waiting.isEmpty()) {
            return waiting;
        }
        LocalTime at = now.toLocalDate().isAfter(waiting.get(0).date()) ? LocalTime.MAX : now.toLocalTime();
        return CallingOrder.sort(waiting, QueueEntry::forOrder, at);
    }

    double meanConsultationMinutes(List<QueueEntry> all) {
        List<Duration> recent = all.stream().filter(e -> e.calledAt() != null && e.seenAt() != null)
                .sorted(Comparator.comparing(QueueEntry::seenAt).reversed()).limit(RECENT)
                .map(e -> Duration.between(e.calledAt(), e.seenAt())).toList();
        if (recent.isEmpty()) {
            return defaultConsultation.toSeconds() / 60.0;
        }
        return recent.stream().mapToLong(Duration::toSeconds).average().orElse(0) / 60.0;
    }

    static long estimate(double minutesPerPerson, int ahead, int onDuty) {
        return (long) Math.ceil(minutesPerPerson * ahead / onDuty);
    }

    private static long minutesBetween(LocalDateTime from, LocalDateTime to) {
        return from == null || to == null ? 0 : Math.max(0, Duration.between(from, to).toMinutes());
    }
}
