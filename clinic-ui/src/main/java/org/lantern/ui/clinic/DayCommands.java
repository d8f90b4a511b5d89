package org.lantern.ui.clinic;

import java.util.concurrent.CompletionException;
import java.util.concurrent.ThreadLocalRandom;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.caching.Cache;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.lantern.domain.clinic.BookingRefusedException;
import org.springframework.stereotype.Component;

/**
 * Sends commands to a day. Each node caches days, so a node may decide on a day that another node has since
 * changed. An accepted command is safe: its events carry the stale sequence number, the store refuses them,
 * and the command is retried on fresh state. A refusal would not be caught that way, so a refused command
 * is also decided once more on fresh state before the refusal stands.
 */
@Component
public class DayCommands {

    static final int ATTEMPTS = 8;

    private final CommandGateway gateway;
    private final Cache clinicDayCache;

    DayCommands(CommandGateway gateway, Cache clinicDayCache) {
        this.gateway = gateway;
        this.clinicDayCache = clinicDayCache;
    }

    /** Sends the command and returns what its handler answered (null for most commands). */
    public Object send(String dayId, Object command) {
        boolean refusedOnce = false;
        for (int attempt = 1; ; attempt++) {
            try {
                return gateway.sendAndWait(command);
            } catch (RuntimeException e) {
                Throwable cause = unwrap(e);
                if (cause instanceof AggregateNotFoundException) {
                    throw new BookingRefusedException(BookingRefusedException.Reason.SESSION_NOT_FOUND);
                }
                boolean firstRefusal = cause instanceof BookingRefusedException && !refusedOnce;
                refusedOnce |= cause instanceof BookingRefusedException;
                if (!(isConflict(cause) || firstRefusal) || attempt == ATTEMPTS) {
                    throw cause instanceof RuntimeException r ? r : e;
                }
                clinicDayCache.remove(dayId);
                if (!firstRefusal) {
                    pause(attempt);
                }
            }
        }
    }

    private static boolean isConflict(Throwable cause) {
        // a duplicate first event is not a ConcurrencyException in Axon 4.13
        return cause instanceof ConcurrencyException || cause instanceof AggregateStreamCreationException;
    }

    private static Throwable unwrap(Throwable e) {
        Throwable t = e;
        while ((t instanceof CompletionException || t instanceof CommandExecutionException)
                && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(5, 20L * attempt));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while retrying", e);
        }
    }
}
