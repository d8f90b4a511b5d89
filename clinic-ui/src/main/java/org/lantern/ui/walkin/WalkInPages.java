package org.lantern.ui.walkin;

import org.lantern.application.walkin.WalkIns;
import org.lantern.ui.web.Blocking;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import reactor.core.publisher.Mono;

/**
 * The pages a person in the waiting room sees: the screen on the wall (call numbers and rooms only) and their own
 * ticket by its code (place and wait; no name, no service). Neither needs a sign-in.
 */
@Controller
class WalkInPages {

    private final WalkIns walkIns;

    WalkInPages(WalkIns walkIns) {
        this.walkIns = walkIns;
    }

    @GetMapping("/waiting-room")
    Mono<String> waitingRoom(Model model) {
        return Blocking.call(() -> {
            model.addAttribute("called", walkIns.calledNow());
            return "waiting-room";
        });
    }

    @GetMapping("/ticket")
    String ticketForm() {
        return "ticket";
    }

    /** The code comes in the form's body, so it is in no URL and no log of one. */
    record TicketForm(String code) {

        @Override
        public String toString() {
            return "TicketForm[hidden]";
        }
    }

    @PostMapping("/ticket")
    Mono<String> ticket(@ModelAttribute TicketForm form, Model model) {
        return Blocking.call(() -> walkIns.ticket(form.code()).map(placed -> {
            model.addAttribute("placed", placed);
            return "ticket-found";
        }).orElseGet(() -> {
            model.addAttribute("error", "ticket.not-found");
            return "ticket";
        }));
    }
}
