package org.lantern.application.booking;

import java.time.LocalDateTime;

/** What a booking holds, described by its service: enough for a receipt and for the caps. */
public interface BookedItem {

    /** The service's code on the wire and in the read models. */
    String serviceCode();

    /** When it starts on the centre's wall clock: the caps count a booking until then. */
    LocalDateTime startsAt();
}
