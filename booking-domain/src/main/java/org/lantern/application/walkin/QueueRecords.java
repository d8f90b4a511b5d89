package org.lantern.application.walkin;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Port: the read side of the walk-in queues. */
public interface QueueRecords {

    Optional<QueueEntry> entry(String ticketId);

    /** The walk-in whose ticket code has this keyed hash. */
    Optional<QueueEntry> byCodeHash(String codeHash);

    /** Every place of one queue, in any status. */
    List<QueueEntry> entries(String queueId);

    /** Walk-ins of days before {@code day} that still hold a pseudonym. */
    List<QueueEntry> namedBefore(LocalDate day);

    /** Places of any service called to a room on that date and not yet seen or gone. */
    List<QueueEntry> calledOn(LocalDate date);
}
