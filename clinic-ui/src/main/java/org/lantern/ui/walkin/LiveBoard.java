package org.lantern.ui.walkin;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.lantern.application.walkin.BoardView;
import org.lantern.application.walkin.ReceptionBoard;
import org.lantern.ui.CentreTime;
import org.lantern.ui.web.Blocking;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Reception's board as JSON, now and live. The stream reads the board every {@code lantern.attendance.board-refresh}
 * and sends it when it changed: it follows changes made on any node, and at midnight it is simply the new day's.
 */
@Component
class LiveBoard {

    private static final Duration KEEP_ALIVE = Duration.ofSeconds(20);

    private final ReceptionBoard board;
    private final CentreTime time;
    private final Duration refresh;

    LiveBoard(ReceptionBoard board, CentreTime time,
              @Value("${lantern.attendance.board-refresh:PT1S}") Duration refresh) {
        this.board = board;
        this.time = time;
        this.refresh = refresh;
    }

    record Board(LocalDate date, List<Line> services) {
    }

    /**
     * {@code service} is the line's name in the page's own links: a service's code, or "private" (then
     * "private-N") for a private service, which {@code privateAppointments} marks.
     */
    record Line(String service, boolean privateAppointments, List<BoardView.Waiting> waiting,
                List<BoardView.Called> called, List<Arrival> arrivals, BoardView.Counts counts) {
    }

    record Arrival(String reference, OffsetDateTime start, String pseudonym, String status, String interpreter,
                   List<String> accessTicks, String access) {
    }

    Mono<Board> now() {
        return Blocking.call(() -> toJson(board.today()));
    }

    Flux<ServerSentEvent<Board>> events() {
        Flux<ServerSentEvent<Board>> boards = Flux.interval(Duration.ZERO, refresh, Schedulers.boundedElastic())
                .onBackpressureDrop()
                .concatMap(i -> now(), 1)
                .distinctUntilChanged()
                .map(b -> ServerSentEvent.builder(b).event("board").build());
        return boards.mergeWith(Flux.interval(KEEP_ALIVE)
                .map(i -> ServerSentEvent.<Board>builder().comment("keep-alive").build()));
    }

    private Board toJson(BoardView v) {
        return new Board(v.date(), v.services().stream().map(l -> new Line(
                l.service(), l.privateAppointments(), l.waiting(), l.called(),
                l.arrivals().stream().map(a -> new Arrival(a.reference(), time.at(v.date(), a.start()), a.pseudonym(),
                        a.status(), a.interpreter(), a.accessTicks(), a.access())).toList(), l.counts())).toList());
    }
}
