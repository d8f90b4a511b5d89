package org.lantern.ui.privacy;

import org.lantern.application.booking.BookingNotFound;
import org.lantern.application.privacy.PersonalDataErasure;
import org.lantern.domain.booking.BookingReference;
import org.lantern.ui.web.Blocking;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** The right of access and erasure on the API: the person with reference and secret, or a manager. */
@RestController
@RequestMapping("/api/v1/bookings/{reference}")
class PrivacyApi {

    private final RightOfAccess access;
    private final PersonalDataErasure erasure;

    PrivacyApi(RightOfAccess access, PersonalDataErasure erasure) {
        this.access = access;
        this.erasure = erasure;
    }

    record Erased(String reference, boolean erasedNow) {
    }

    @GetMapping("/personal-data")
    Mono<PersonalDataReport> personalData(@PathVariable String reference,
                                          @RequestHeader(name = "Booking-Secret", required = false) String secret) {
        return Blocking.call(() -> access.report(reference, secret).orElseThrow(PrivacyApi::notFound));
    }

    @DeleteMapping("/personal-data")
    Mono<ResponseEntity<Void>> forgetMe(@PathVariable String reference,
                                        @RequestHeader(name = "Booking-Secret", required = false) String secret) {
        return Blocking.call(() -> {
            if (!erasure.forgetMe(reference, secret)) {
                throw notFound();
            }
            return ResponseEntity.noContent().build();
        });
    }

    @PostMapping("/erasure")
    Mono<Erased> eraseOnRequest(@PathVariable String reference) {
        if (BookingReference.parse(reference).isEmpty()) {
            throw notFound();
        }
        return Blocking.call(() -> new Erased(reference, erasure.eraseOnRequest(reference)));
    }

    private static BookingNotFound notFound() {
        return new BookingNotFound();
    }
}
