package org.lantern.ui.policeclinic;

import java.net.URI;
import org.lantern.application.audit.AuditEvent;
import org.lantern.application.booking.BookingView;
import org.lantern.application.policeclinic.Disclosures;
import org.lantern.ui.audit.AuditLog;
import org.lantern.ui.security.ClientAddress;
import org.lantern.ui.web.Blocking;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** A manager records a disclosure to the police: the booking's reference and the legal basis, never the content. */
@RestController
class DisclosureApi {

    private final Disclosures disclosures;
    private final AuditLog audit;

    DisclosureApi(Disclosures disclosures, AuditLog audit) {
        this.disclosures = disclosures;
        this.audit = audit;
    }

    record NewDisclosure(String reference, String basis) {
    }

    record Recorded(String reference, String basis, java.time.LocalDate date) {
    }

    @PostMapping("/api/v1/disclosures")
    Mono<ResponseEntity<Recorded>> record(@RequestBody NewDisclosure body, Authentication who,
                                          ServerWebExchange exchange) {
        String address = ClientAddress.of(exchange);
        return Blocking.call(() -> {
            BookingView b = disclosures.record(body.reference(), body.basis());
            BookingView.Disclosure last = b.disclosures().get(b.disclosures().size() - 1);
            audit.record(AuditEvent.Type.DISCLOSURE_RECORDED, who.getName(), null, address,
                    b.reference() + " " + last.basis());
            return ResponseEntity.created(URI.create("/api/v1/disclosures"))
                    .body(new Recorded(b.reference(), last.basis(), last.recordedAt().toLocalDate()));
        });
    }
}
