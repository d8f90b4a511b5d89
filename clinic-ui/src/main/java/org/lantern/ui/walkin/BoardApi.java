package org.lantern.ui.walkin;

import org.lantern.application.sites.Sites;
import org.lantern.ui.web.Blocking;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Reception's live board of one site on the API (RECEPTION, MANAGER); without {@code site}, the drop-in's. */
@RestController
@RequestMapping("/api/v1/board")
class BoardApi {

    private final LiveBoard board;
    private final Sites sites;

    BoardApi(LiveBoard board, Sites sites) {
        this.board = board;
        this.sites = sites;
    }

    @GetMapping
    Mono<LiveBoard.Board> now(@RequestParam(required = false) String site) {
        return Blocking.call(() -> sites.known(site))
                .flatMap(board::now);
    }

    @GetMapping(path = "/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    Flux<ServerSentEvent<LiveBoard.Board>> stream(@RequestParam(required = false) String site) {
        return Blocking.call(() -> sites.known(site))
                .flatMapMany(board::events);
    }
}
