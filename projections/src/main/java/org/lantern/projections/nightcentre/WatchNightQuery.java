package org.lantern.projections.nightcentre;

import java.time.LocalDate;

/** Subscribe to it to hear of every change to one night (the answer is the night's last sequence number). */
public record WatchNightQuery(LocalDate date) {
}
