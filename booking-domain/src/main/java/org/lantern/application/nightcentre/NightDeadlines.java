package org.lantern.application.nightcentre;

import java.time.LocalDateTime;
import org.lantern.application.booking.CentreClock;
import org.lantern.application.booking.Commands;
import org.lantern.domain.booking.Refusal;
import org.lantern.domain.nightcentre.ExpireOffersCommand;
import org.lantern.domain.nightcentre.ReleaseUncheckedPlacesCommand;

/**
 * The night centre's persistent deadlines, as a sweep: asks the read model what is due now (offers whose hold
 * ran out, rest places past the release time) and sends the commands. It keeps no state and no timer, so a
 * restart, a missed run or a second node changes nothing: the night aggregate makes a repeat do nothing.
 */
public class NightDeadlines {

    private final NightRecords nights;
    private final Commands commands;
    private final CentreClock clock;
    private final NightSettings settings;

    public NightDeadlines(NightRecords nights, Commands commands, CentreClock clock, NightSettings settings) {
        this.nights = nights;
        this.commands = commands;
        this.clock = clock;
        this.settings = settings;
    }

    /** Sends what is due now; returns how many commands it sent. */
    public int sweep() {
        LocalDateTime now = clock.now();
        int sent = 0;
        for (String nightId : nights.nightsToRelease(now)) {
            sent += send(new ReleaseUncheckedPlacesCommand(nightId, settings.offerHold(), now));
        }
        for (String nightId : nights.nightsWithExpiredOffers(now)) {
            sent += send(new ExpireOffersCommand(nightId, settings.offerHold(), now));
        }
        return sent;
    }

    private int send(Object command) {
        try {
            commands.send(command);
            return 1;
        } catch (Refusal refused) {
            return 0; // a night that cannot do it now; the next sweep looks again
        }
    }
}
