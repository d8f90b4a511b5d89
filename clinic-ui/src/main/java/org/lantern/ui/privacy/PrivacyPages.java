package org.lantern.ui.privacy;

import org.lantern.domain.booking.SharedNames;


import org.lantern.application.booking.BookingNotFound;
import org.lantern.application.privacy.PersonalDataErasure;
import org.lantern.ui.clinic.BookingLookup;
import org.lantern.ui.clinic.MyBookingPages;
import org.lantern.ui.web.Blocking;
import org.lantern.ui.web.Problems;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * A person's own data, with reference and secret: see it, download it, or have it forgotten after a
 * plain-words confirmation. Reference and secret travel in POST bodies only, never in a URL.
 */
@Controller
class PrivacyPages {

    private final RightOfAccess access;
    private final PersonalDataErasure erasure;
    private final Problems problems;
    private final SharedNames sharedNames;

    PrivacyPages(RightOfAccess access, PersonalDataErasure erasure, Problems problems, SharedNames sharedNames) {
        this.sharedNames = sharedNames;
        this.access = access;
        this.erasure = erasure;
        this.problems = problems;
    }

    @PostMapping("/my-booking/data")
    Mono<String> myData(@ModelAttribute BookingLookup lookup, Model model, ServerWebExchange exchange) {
        return Blocking.call(() -> access.report(lookup.reference(), lookup.secret()).map(report -> {
            model.addAttribute("report", report.discreet(sharedNames));
            model.addAttribute("lookup", lookup);
            return "my-data";
        }).orElseGet(() -> MyBookingPages.notFound(model, exchange)));
    }

    @PostMapping(path = "/my-booking/data.json", produces = MediaType.APPLICATION_JSON_VALUE)
    Mono<ResponseEntity<Object>> download(@ModelAttribute BookingLookup lookup, ServerWebExchange exchange) {
        return Blocking.call(() -> access.report(lookup.reference(), lookup.secret())
                .map(r -> r.discreet(sharedNames))
                .map(report -> ResponseEntity.ok()
                        .header(HttpHeaders.CONTENT_DISPOSITION,
                                ContentDisposition.attachment().filename("my-data.json").build().toString())
                        .header(HttpHeaders.CACHE_CONTROL, "no-store")
                        .<Object>body(report))
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND)
                        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                        .body(problems.of(new BookingNotFound(),
                                exchange.getLocaleContext().getLocale()))));
    }

    @PostMapping("/my-booking/forget")
    Mono<String> confirmForget(@ModelAttribute BookingLookup lookup, Model model, ServerWebExchange exchange) {
        return Blocking.call(() -> access.report(lookup.reference(), lookup.secret()).map(report -> {
            model.addAttribute("report", report.discreet(sharedNames));
            model.addAttribute("lookup", lookup);
            return "forget-confirm";
        }).orElseGet(() -> MyBookingPages.notFound(model, exchange)));
    }

    @PostMapping("/my-booking/forget/confirm")
    Mono<String> forget(@ModelAttribute BookingLookup lookup, Model model, ServerWebExchange exchange) {
        return Blocking.call(() -> erasure.forgetMe(lookup.reference(), lookup.secret())
                ? "forgotten" : MyBookingPages.notFound(model, exchange));
    }
}
