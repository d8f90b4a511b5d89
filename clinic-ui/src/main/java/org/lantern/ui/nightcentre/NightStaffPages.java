package org.lantern.ui.nightcentre;

import org.lantern.application.nightcentre.NightBoards;
import org.lantern.application.nightcentre.NightBookings;
import org.lantern.domain.booking.Refusal;
import org.lantern.ui.web.Blocking;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Night staff's shift: tonight's board, checking people and children in and out. */
@Controller
class NightStaffPages {

    private final NightBoards boards;
    private final NightBookings bookings;
    private final LiveNightBoard live;

    NightStaffPages(NightBoards boards, NightBookings bookings, LiveNightBoard live) {
        this.boards = boards;
        this.bookings = bookings;
        this.live = live;
    }

    /** {@code child} from 1, empty for a rest place. */
    record CheckForm(String reference, Integer child, String collectedBy) {

        @Override
        public String toString() {
            return "CheckForm[" + child + "]";
        }
    }

    @GetMapping("/staff/night")
    Mono<String> board(Model model) {
        return Blocking.call(() -> {
            model.addAttribute("board", boards.board(boards.tonight()));
            return "staff/night";
        });
    }

    @PostMapping("/staff/night/check-in")
    Mono<String> checkIn(@ModelAttribute CheckForm form, Model model, ServerWebExchange exchange) {
        return Blocking.call(() -> done(() -> bookings.checkIn(form.reference(), form.child()), model, exchange));
    }

    @PostMapping("/staff/night/check-out")
    Mono<String> checkOut(@ModelAttribute CheckForm form, Model model, ServerWebExchange exchange) {
        return Blocking.call(() -> done(() -> bookings.checkOut(form.reference(), form.child(), form.collectedBy()),
                model, exchange));
    }

    /** Reloads the page when the board changes (night-board.js). */
    @GetMapping(path = "/staff/night/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @ResponseBody
    Flux<ServerSentEvent<NightJson.Board>> stream() {
        return live.events();
    }

    private String done(Runnable change, Model model, ServerWebExchange exchange) {
        try {
            change.run();
            return "redirect:/staff/night";
        } catch (Refusal refused) {
            exchange.getResponse().setStatusCode(org.lantern.ui.web.Problems.statusOf(refused));
            model.addAttribute("error", refused.messageKey());
            model.addAttribute("board", boards.board(boards.tonight()));
            return "staff/night";
        }
    }
}
