package org.lantern.application.dropin;

import java.time.LocalDateTime;
import org.lantern.application.booking.CentreClock;
import org.lantern.application.booking.Commands;
import org.lantern.application.booking.InvalidInputException;
import org.lantern.domain.dropin.CountVisitCommand;
import org.lantern.domain.dropin.DropInTallyId;
import org.lantern.domain.dropin.VisitReason;

/** Reception counts a plain visit (a coffee, a shower, a chat) with its reason: an event, nothing about the person. */
public class DropInVisits {

    public record Counted(String reason, int today) {
    }

    private final Commands commands;
    private final CentreClock clock;

    public DropInVisits(Commands commands, CentreClock clock) {
        this.commands = commands;
        this.clock = clock;
    }

    public Counted count(String reasonCode) {
        VisitReason reason = VisitReason.fromCode(reasonCode == null ? "" : reasonCode.strip())
                .orElseThrow(() -> new InvalidInputException("error.visit-reason"));
        LocalDateTime now = clock.now();
        int today = commands.send(new CountVisitCommand(DropInTallyId.of(now.toLocalDate()), now.toLocalDate(),
                reason, now));
        return new Counted(reason.code(), today);
    }
}
