package org.lantern.ui.policeclinic;

import java.util.Arrays;
import org.lantern.application.audit.AuditEvent;
import org.lantern.application.booking.BookingView;
import org.lantern.application.policeclinic.Disclosures;
import org.lantern.domain.booking.DisclosureBasis;
import org.lantern.domain.booking.Refusal;
import org.lantern.ui.audit.AuditLog;
import org.lantern.ui.security.ClientAddress;
import org.lantern.ui.web.Blocking;
import org.lantern.ui.web.Problems;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** A manager's page to record a disclosure to the police: reference and legal basis, never what was shared. */
@Controller
class DisclosurePages {

    private final Disclosures disclosures;
    private final AuditLog audit;

    DisclosurePages(Disclosures disclosures, AuditLog audit) {
        this.disclosures = disclosures;
        this.audit = audit;
    }

    record DisclosureForm(String reference, String basis) {
    }

    @GetMapping("/staff/disclosures")
    String form(Model model) {
        return show(model, new DisclosureForm("", ""));
    }

    @PostMapping("/staff/disclosures")
    Mono<String> record(@ModelAttribute DisclosureForm form, Authentication who, Model model,
                        ServerWebExchange exchange) {
        String address = ClientAddress.of(exchange);
        return Blocking.call(() -> {
            try {
                BookingView b = disclosures.record(form.reference(), form.basis());
                audit.record(AuditEvent.Type.DISCLOSURE_RECORDED, who.getName(), null, address,
                        b.reference() + " " + b.disclosures().get(b.disclosures().size() - 1).basis());
                model.addAttribute("recorded", b.reference());
                return show(model, new DisclosureForm("", ""));
            } catch (Refusal refused) {
                exchange.getResponse().setStatusCode(Problems.statusOf(refused));
                model.addAttribute("error", refused.messageKey());
                return show(model, form);
            }
        });
    }

    private static String show(Model model, DisclosureForm form) {
        model.addAttribute("form", form);
        model.addAttribute("bases", Arrays.stream(DisclosureBasis.values()).map(DisclosureBasis::code).toList());
        return "staff/disclosures";
    }
}
