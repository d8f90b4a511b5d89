package org.lantern.ui.nightcentre;

import java.time.Duration;
import java.time.LocalDate;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SubscriptionQueryResult;
import org.lantern.application.nightcentre.NightBoards;
import org.lantern.projections.nightcentre.WatchNightQuery;
import org.lantern.ui.CentreTime;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.scheduler.Schedulers;

/**
 * Tonight's board now, then again each time the projection records a change to the night (an Axon subscription
 * query), and now and then anyway: flags depend on the clock, and a projection on another node is not heard.
 * At the closing time it moves to the next night by itself.
 */
@Component
class LiveNightBoard {

    private static final Duration KEEP_ALIVE = Duration.ofSeconds(20);
    private static final Duration LOOK_AGAIN = Duration.ofSeconds(5);
    /** How often the stream looks whether tonight has become another night. */
    private static final Duration NIGHT_CHECK = Duration.ofSeconds(1);

    private final QueryGateway queries;
    private final NightBoards boards;
    private final CentreTime time;

    LiveNightBoard(QueryGateway queries, NightBoards boards, CentreTime time) {
        this.queries = queries;
        this.boards = boards;
        this.time = time;
    }

    Flux<ServerSentEvent<NightJson.Board>> events() {
        return tonight().map(b -> ServerSentEvent.builder(b).event("night-board").build())
                .mergeWith(Flux.interval(KEEP_ALIVE)
                        .map(i -> ServerSentEvent.<NightJson.Board>builder().comment("keep-alive").build()));
    }

    Flux<NightJson.Board> tonight() {
        return Flux.interval(Duration.ZERO, NIGHT_CHECK, Schedulers.boundedElastic()).map(i -> boards.tonight())
                .distinctUntilChanged().switchMap(this::night);
    }

    private Flux<NightJson.Board> night(LocalDate date) {
        return Flux.defer(() -> {
            SubscriptionQueryResult<Long, Long> result = queries.subscriptionQuery(new WatchNightQuery(date),
                    ResponseTypes.instanceOf(Long.class), ResponseTypes.instanceOf(Long.class));
            Flux<Object> changes = Flux.merge(Flux.concat(result.initialResult(), result.updates()),
                    Flux.interval(LOOK_AGAIN, Schedulers.boundedElastic()));
            return changes.map(any -> NightJson.Board.of(boards.board(date), time)).distinctUntilChanged()
                    .doFinally(signal -> result.cancel());
        }).subscribeOn(Schedulers.boundedElastic());
    }
}
