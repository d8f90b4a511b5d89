package org.lantern.ui.privacy;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.lantern.application.nightcentre.NightRecords;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.lantern.domain.privacy.ErasureReason;
import org.lantern.application.booking.BookingView;
import org.lantern.application.privacy.PersonalDataErasure;
import org.lantern.projections.clinic.FindBookingsDueForErasureQuery;
import org.lantern.ui.CentreTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Erases personal data a set time after the booking's slot ended. It keeps no state of its own: which
 * bookings are due comes from the read model, which is rebuilt from the events, so a restart (or a missed
 * run) only means the next run catches up.
 */
@Component
public class RetentionJob {

    private static final Logger log = LoggerFactory.getLogger(RetentionJob.class);

    private final QueryGateway queries;
    private final PersonalDataErasure erasure;
    private final CentreTime time;
    private final PrivacyProperties properties;

    private final NightRecords nights;

    RetentionJob(QueryGateway queries, PersonalDataErasure erasure, CentreTime time, PrivacyProperties properties,
                 NightRecords nights) {
        this.nights = nights;
        this.queries = queries;
        this.erasure = erasure;
        this.time = time;
        this.properties = properties;
    }

    @Scheduled(initialDelayString = "${lantern.privacy.first-check-after:PT1M}",
            fixedDelayString = "${lantern.privacy.retention-check-every:PT1H}")
    void scheduled() {
        eraseExpired();
    }

    /** Erases every booking past its retention; returns how many it erased. */
    public synchronized int eraseExpired() {
        LocalDateTime endedBy = time.now().minus(properties.retention());
        List<BookingView> due = new ArrayList<>(queries.query(new FindBookingsDueForErasureQuery(endedBy),
                ResponseTypes.multipleInstancesOf(BookingView.class)).join());
        due.addAll(nights.dueForErasure(endedBy)); // children's names go with their parent's booking
        int erased = 0;
        for (BookingView booking : due) {
            if (erasure.erase(booking, ErasureReason.RETENTION)) {
                erased++;
            }
        }
        log.info("Retention: erased the personal data of {} booking(s)", erased);
        return erased;
    }
}
