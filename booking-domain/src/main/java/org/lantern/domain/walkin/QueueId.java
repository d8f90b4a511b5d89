package org.lantern.domain.walkin;

import java.time.LocalDate;
import org.lantern.domain.booking.Service;

/** One queue per service and day: {@code queue~2026-12-01~sexual-health}. */
public final class QueueId {

    private QueueId() {
    }

    public static String of(Service service, LocalDate date) {
        return "queue~" + date + "~" + service.code();
    }
}
