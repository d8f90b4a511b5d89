package org.lantern.application.walkin;

/**
 * A place and where it stands: {@code position} counts from 1 in calling order (0 once called or closed);
 * {@code estimatedWaitMinutes} is 0 for the first in line and once called.
 */
public record Placed(QueueEntry entry, int position, long waitedMinutes, long estimatedWaitMinutes) {
}
