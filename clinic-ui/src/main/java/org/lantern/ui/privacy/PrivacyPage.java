package org.lantern.ui.privacy;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The public privacy page: who sees the name a person booked or queued under, in plain words. */
@Controller
class PrivacyPage {

    @GetMapping("/privacy")
    String privacy() {
        return "privacy";
    }
}
