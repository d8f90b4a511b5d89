package org.lantern.ui.reception;

import org.lantern.application.reception.ReceptionDesk;
import org.lantern.ui.security.ClientAddress;
import org.springframework.security.core.Authentication;
import org.springframework.web.server.ServerWebExchange;

/** The member of staff acting at the desk, as the audit names them. */
final class DeskStaff {

    private DeskStaff() {
    }

    static ReceptionDesk.Staff of(Authentication who, ServerWebExchange exchange) {
        return new ReceptionDesk.Staff(who.getName(), ClientAddress.of(exchange));
    }
}
