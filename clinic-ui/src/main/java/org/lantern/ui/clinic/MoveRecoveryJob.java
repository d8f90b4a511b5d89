package org.lantern.ui.clinic;

import org.lantern.application.clinic.MoveRecovery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the move recovery sweep every {@code lantern.move.sweep-every} on every node: a move a crash stopped between
 * holding the new place and giving up the old one is finished, or its held place freed. It reads what is due from
 * the read model, so a restart only means the next run catches up.
 */
@Component
class MoveRecoveryJob {

    private static final Logger log = LoggerFactory.getLogger(MoveRecoveryJob.class);

    private final MoveRecovery recovery;

    MoveRecoveryJob(MoveRecovery recovery) {
        this.recovery = recovery;
    }

    @Scheduled(initialDelayString = "${lantern.move.first-sweep-after:PT30S}",
            fixedDelayString = "${lantern.move.sweep-every:PT30S}")
    void scheduled() {
        MoveRecovery.Outcome outcome = recovery.sweep();
        if (outcome.moved() + outcome.heldPlacesFreed() > 0) {
            log.info("Move recovery: {} unfinished move(s) finished, {} held place(s) freed", outcome.moved(),
                    outcome.heldPlacesFreed());
        }
    }
}
