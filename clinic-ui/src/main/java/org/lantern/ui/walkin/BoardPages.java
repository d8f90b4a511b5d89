package org.lantern.ui.walkin;

import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Reception's board page (RECEPTION, MANAGER): drawn once here, then redrawn by board.js from each event. */
@Controller
class BoardPages {

    private final LiveBoard board;

    BoardPages(LiveBoard board) {
        this.board = board;
    }

    @GetMapping("/staff/board")
    Mono<String> page(Model model) {
        return board.now().map(b -> {
            model.addAttribute("board", b);
            return "staff/board";
        });
    }

    @GetMapping(path = "/staff/board/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @ResponseBody
    Flux<ServerSentEvent<LiveBoard.Board>> stream() {
        return board.events();
    }
}
