package org.lantern.application.walkin;

/** A walk-in just added: the ticket code is shown once, here, and kept only as a keyed hash. */
public record NewTicket(Placed placed, String code) {

    @Override
    public String toString() {
        return "NewTicket[" + placed.entry().ticketId() + "]";
    }
}
