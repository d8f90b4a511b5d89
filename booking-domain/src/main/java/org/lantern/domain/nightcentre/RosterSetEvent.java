package org.lantern.domain.nightcentre;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;

/** The childcare staff on duty this night, by username. */
@Revision("1")
public record RosterSetEvent(String nightId, LocalDate date, List<String> childcareStaff) implements NightEvent {
}
