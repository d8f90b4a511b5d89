package org.lantern.infra.axon;

import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.caching.Cache;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.AnnotationCommandTargetResolver;
import org.axonframework.modelling.command.CommandTargetResolver;
import org.axonframework.modelling.command.ConcurrencyException;
import org.lantern.application.booking.Commands;
import org.lantern.domain.booking.Refusal;

/**
 * Sends commands, and takes care of two nodes deciding on one aggregate. Each node caches aggregates, so a node
 * may decide on state another node has since changed. An accepted command is safe: its events carry the stale
 * sequence number, the store's unique index refuses them, and the command is retried on fresh state. A refusal
 * would not be caught that way, so a refusal is decided once more on fresh state before it stands.
 */
public class RetryingCommands implements Commands {

    static final int ATTEMPTS = 8;

    private final CommandGateway gateway;
    private final List<Cache> caches;
    private final CommandTargetResolver targets = AnnotationCommandTargetResolver.builder().build();
    private final AtomicLong conflicts = new AtomicLong();

    public RetryingCommands(CommandGateway gateway, List<Cache> caches) {
        this.gateway = gateway;
        this.caches = List.copyOf(caches);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T send(Object command) {
        boolean refusedOnce = false;
        for (int attempt = 1; ; attempt++) {
            try {
                return (T) gateway.sendAndWait(command);
            } catch (RuntimeException e) {
                Throwable cause = unwrap(e);
                boolean firstRefusal = cause instanceof Refusal && !refusedOnce;
                refusedOnce |= cause instanceof Refusal;
                if (!(isConflict(cause) || firstRefusal) || attempt == ATTEMPTS) {
                    throw cause instanceof RuntimeException r ? r : e;
                }
                forget(command);
                if (isConflict(cause)) {
                    conflicts.incrementAndGet();
                }
                if (!firstRefusal) {
                    pause(attempt);
                }
            }
        }
    }

    /** How many times two writers met on one aggregate since this node started (each meeting cost a retry). */
    public long conflictsSeen() {
        return conflicts.get();
    }

    private void forget(Object command) {
        String id = targets.resolveTarget(GenericCommandMessage.asCommandMessage(command)).getIdentifier();
        caches.forEach(cache -> cache.remove(id));
    }

    private static boolean isConflict(Throwable cause) {
        // a duplicate first event is not a ConcurrencyException in Axon 4.13
        return cause instanceof ConcurrencyException || cause instanceof AggregateStreamCreationException;
    }

    private static Throwable unwrap(Throwable e) {
        Throwable t = e;
        while ((t instanceof CompletionException || t instanceof CommandExecutionException) && t.getCause() != null) {
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
