package org.lantern.domain.dropin;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.axonframework.serialization.Revision;

/**
 * One plain visit was counted: the {@code number}-th of that day (from 1), so that a reader applying it twice
 * counts it once. No person, no time finer than the day is needed by any reader, but {@code countedAt} is kept
 * as every event's time is.
 */
@Revision("1")
public record VisitCountedEvent(String tallyId, LocalDate date, int number, VisitReason reason,
                                LocalDateTime countedAt) {
}
