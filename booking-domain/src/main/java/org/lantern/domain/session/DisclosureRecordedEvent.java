package org.lantern.domain.session;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.axonframework.serialization.Revision;
import org.lantern.domain.booking.DisclosureBasis;
import org.lantern.domain.booking.Service;

/**
 * A manager recorded that the centre shared something about a booking with the police, as legally required:
 * the date, the basis and the booking's reference, never the content.
 */
@Revision("1")
public record DisclosureRecordedEvent(String sessionId, Service service, LocalDate date, String reference,
                                      DisclosureBasis basis, LocalDateTime recordedAt) implements SessionEvent {
}
