package org.lantern.application.walkin;

import java.time.LocalDate;
import org.lantern.application.booking.CentreClock;
import org.lantern.application.booking.Commands;
import org.lantern.domain.privacy.ErasePersonalDataCommand;
import org.lantern.domain.privacy.ErasureReason;
import org.lantern.domain.privacy.PersonalDataVault;

/**
 * A walk-in's pseudonym serves only the day it was given: from the next day on, its key is deleted (so every copy,
 * in events and read models, is unreadable) and the erasure is recorded, as for a booking past its retention. Like
 * the other deadlines it keeps no state: what is due comes from the read model, so a missed run only catches up.
 */
public class WalkInNameErasure {

    private final QueueRecords records;
    private final PersonalDataVault vault;
    private final Commands commands;
    private final CentreClock clock;

    public WalkInNameErasure(QueueRecords records, PersonalDataVault vault, Commands commands, CentreClock clock) {
        this.records = records;
        this.vault = vault;
        this.commands = commands;
        this.clock = clock;
    }

    /** Erases the names of walk-ins of days before today; returns how many. */
    public int eraseEarlierDays() {
        LocalDate today = clock.now().toLocalDate();
        int erased = 0;
        for (QueueEntry entry : records.namedBefore(today)) {
            String subjectId = entry.pseudonym().subjectId();
            vault.forget(subjectId);
            commands.send(new ErasePersonalDataCommand(subjectId, entry.ticketId(), ErasureReason.RETENTION,
                    clock.now()));
            erased++;
        }
        return erased;
    }
}
