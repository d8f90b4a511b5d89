package org.lantern.application.walkin;

import java.time.LocalDateTime;
import org.lantern.domain.booking.Service;

/** Port: how many clinicians run a session of the service at that moment (at least one, for the arithmetic). */
public interface CliniciansOnDuty {

    int count(Service service, LocalDateTime now);
}
