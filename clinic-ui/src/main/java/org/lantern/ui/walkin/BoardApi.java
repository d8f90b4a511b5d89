package org.lantern.ui.walkin;

import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Reception's live board on the API (RECEPTION, MANAGER). */
@RestController
@RequestMapping("/api/v1/board")
class BoardApi {

    private final LiveBoard board;

    BoardApi(LiveBoard board) {
        this.board = board;
    }

    @GetMapping
    Mono<LiveBoard.Board> now() {
        return board.now();
    }

    @GetMapping(path = "/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    Flux<ServerSentEvent<LiveBoard.Board>> stream() {
        return board.events();
    }
}
