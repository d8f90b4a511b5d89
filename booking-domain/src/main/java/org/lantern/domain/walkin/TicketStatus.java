package org.lantern.domain.walkin;

/** Where a place in the queue stands. {@link #code()} is its name on the wire. */
public enum TicketStatus {
    WAITING("waiting"),
    CALLED("called"),
    SEEN("seen"),
    LEFT("left");

    private final String code;

    TicketStatus(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
