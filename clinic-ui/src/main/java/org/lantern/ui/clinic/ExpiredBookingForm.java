package org.lantern.ui.clinic;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.lantern.ui.web.ExpiredForm;
import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;
import org.springframework.web.server.WebSession;
import org.springframework.web.util.UriComponentsBuilder;

/** The booking form sent after its page session ran out: back to the same time, with what was typed. */
@Component
class ExpiredBookingForm implements ExpiredForm {

    @Override
    public Optional<URI> keep(String path, MultiValueMap<String, String> fields, WebSession session) {
        String slot = fields.getFirst("session");
        String start = fields.getFirst("start");
        if (!"/book".equals(path) || slot == null || start == null || BookingPages.parseTime(start) == null) {
            return Optional.empty();
        }
        List<String> access = fields.get("access") == null ? List.of() : new ArrayList<>(fields.get("access"));
        session.getAttributes().put(BookingPages.DRAFT, new BookingPages.BookingForm(slot, start,
                fields.getFirst("pseudonym"), fields.getFirst("contact"),
                "true".equals(fields.getFirst("remindersMayNameService")), fields.getFirst("idempotencyKey"),
                "true".equals(fields.getFirst("consent")), fields.getFirst("clinicianGender"),
                fields.getFirst("interpreter"), access, fields.getFirst("accessText")));
        return Optional.of(UriComponentsBuilder.fromPath("/book/slot").queryParam("session", slot)
                .queryParam("start", start).encode().build().toUri());
    }
}
