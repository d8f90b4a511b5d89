package org.lantern.infra.axon;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.deadletter.SequencedDeadLetterProcessor;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The events each projection has parked because applying them failed, and a retry once the cause is fixed. */
public class DeadLetters {

    private static final Logger log = LoggerFactory.getLogger(DeadLetters.class);
    /** Sequences retried in one call at most, so a retry always ends. */
    static final int MAX_SEQUENCES_PER_RETRY = 1000;

    private final EventProcessingConfiguration processing;

    DeadLetters(EventProcessingConfiguration processing) {
        this.processing = processing;
    }

    /** How many events one processing group has parked, and in how many sequences (aggregates). */
    public record Parked(String processingGroup, long events, long sequences) {
    }

    public List<Parked> parked() {
        List<Parked> all = new ArrayList<>();
        for (String group : groups()) {
            queue(group).ifPresent(q -> all.add(new Parked(group, q.size(), q.amountOfSequences())));
        }
        return all;
    }

    /**
     * Applies the parked events of a processing group again, each sequence in its order; a sequence that fails
     * again stays parked. Empty when there is no such group. Answers how many sequences went through.
     */
    public Optional<Integer> retry(String processingGroup) {
        if (!groups().contains(processingGroup)) {
            return Optional.empty();
        }
        Optional<SequencedDeadLetterProcessor<EventMessage<?>>> processor =
                processing.sequencedDeadLetterProcessor(processingGroup);
        if (processor.isEmpty()) {
            return Optional.of(0);
        }
        int done = 0;
        long before = queue(processingGroup).map(SequencedDeadLetterQueue::amountOfSequences).orElse(0L);
        for (int i = 0; i < Math.min(before, MAX_SEQUENCES_PER_RETRY); i++) {
            if (processor.get().processAny()) {
                done++;
            }
        }
        log.info("Dead letters of {}: {} of {} sequence(s) applied again", processingGroup, done, before);
        return Optional.of(done);
    }

    private List<String> groups() {
        return processing.eventProcessors().keySet().stream().sorted().toList();
    }

    private Optional<SequencedDeadLetterQueue<EventMessage<?>>> queue(String group) {
        return processing.deadLetterQueue(group);
    }
}
