package org.lantern.ui.clinic;

import java.util.Optional;
import org.lantern.ui.CentreTime;
import org.lantern.ui.security.RateLimitSettings;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The caps on upcoming bookings: one per client address, one per reminder contact. */
@Configuration(proxyBeanMethods = false)
class BookingCaps {

    @Bean
    BookingLimit bookingsPerAddress(RateLimitSettings settings, ClinicViews views, CentreTime time) {
        return new UpcomingBookingsCap(settings.getFutureBookingsPerAddress(),
                r -> Optional.of(r.clientAddress()), settings.getTrackedClients(), views, time);
    }

    @Bean
    BookingLimit bookingsPerContact(RateLimitSettings settings, ClinicViews views, CentreTime time) {
        return new UpcomingBookingsCap(settings.getFutureBookingsPerContact(), BookingRequester::contactKey,
                settings.getTrackedClients(), views, time);
    }
}
