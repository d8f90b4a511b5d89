package org.lantern.domain.diary;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.LocalTime;
import java.util.HashMap;
import java.util.Map;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;

/**
 * One clinician's time on one date, across every service: the consistency boundary of "a clinician is never
 * in two sessions at once". Setting up a session reserves its time here first.
 */
public class ClinicianDiary {

    @AggregateIdentifier
    private String diaryId;
    private final Map<String, Reserved> reserved = new HashMap<>();

    protected ClinicianDiary() {
        // for Axon
    }

    private record Reserved(LocalTime start, LocalTime end) {
        boolean overlaps(LocalTime otherStart, LocalTime otherEnd) {
            return start.isBefore(otherEnd) && otherStart.isBefore(end);
        }
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(ReserveClinicianTimeCommand command) {
        if (reserved.containsKey(command.sessionId())) {
            return; // a retry of the same reservation
        }
        if (reserved.values().stream().anyMatch(r -> r.overlaps(command.start(), command.end()))) {
            throw new DiaryRefusal(DiaryRefusal.Reason.CLINICIAN_OVERLAP);
        }
        apply(new ClinicianTimeReservedEvent(command.diaryId(), command.clinician(), command.date(),
                command.sessionId(), command.start(), command.end()));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(ReleaseClinicianTimeCommand command) {
        if (reserved.containsKey(command.sessionId())) {
            apply(new ClinicianTimeReleasedEvent(command.diaryId(), command.sessionId()));
        }
    }

    @EventSourcingHandler
    void on(ClinicianTimeReservedEvent event) {
        diaryId = event.diaryId();
        reserved.put(event.sessionId(), new Reserved(event.start(), event.end()));
    }

    @EventSourcingHandler
    void on(ClinicianTimeReleasedEvent event) {
        reserved.remove(event.sessionId());
    }
}
