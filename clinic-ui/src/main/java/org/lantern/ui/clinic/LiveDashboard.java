package org.lantern.ui.clinic;

import java.time.Duration;
import java.time.LocalDate;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SubscriptionQueryResult;
import org.lantern.projections.dashboard.DashboardView;
import org.lantern.projections.dashboard.FindDashboardQuery;
import org.lantern.ui.CentreTime;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.scheduler.Schedulers;

/** Today's dashboard now, then again each time the projection records a change: an Axon subscription query. */
@Component
public class LiveDashboard {

    private static final Duration KEEP_ALIVE = Duration.ofSeconds(20);
    private static final Duration POLL = Duration.ofSeconds(2);
    /** How often the stream looks whether the centre's date has changed. */
    private static final Duration DAY_CHECK = Duration.ofSeconds(1);
    private final QueryGateway queries;
    private final ClinicViews views;
    private final CentreTime time;

    LiveDashboard(QueryGateway queries, ClinicViews views, CentreTime time) {
        this.queries = queries;
        this.views = views;
        this.time = time;
    }

    /** Server-Sent Events for a page or an API client, with a comment now and then to keep proxies open. */
    Flux<ServerSentEvent<DashboardJson>> events() {
        return today().map(v -> ServerSentEvent.builder(DashboardJson.of(v, time)).event("dashboard").build())
                .mergeWith(Flux.interval(KEEP_ALIVE)
                        .map(i -> ServerSentEvent.<DashboardJson>builder().comment("keep-alive").build()));
    }

    /**
     * Today's dashboard, live, for as long as the page is open: when the date changes (midnight, on the centre's
     * clock) the stream moves to the new day by itself.
     */
    public Flux<DashboardView> today() {
        return Flux.interval(Duration.ZERO, DAY_CHECK, Schedulers.boundedElastic()).map(i -> time.today())
                .distinctUntilChanged().switchMap(this::day);
    }

    private Flux<DashboardView> day(LocalDate date) {
        return Flux.defer(() -> {
            SubscriptionQueryResult<DashboardView, DashboardView> result = queries.subscriptionQuery(
                    new FindDashboardQuery(date), ResponseTypes.instanceOf(DashboardView.class),
                    ResponseTypes.instanceOf(DashboardView.class));
            // updates come from the node that runs the projection; a slow look now and then covers the others
            Flux<DashboardView> polled = Flux.interval(POLL, Schedulers.boundedElastic()).map(i -> views.dashboard(date));
            return Flux.merge(Flux.concat(result.initialResult(), result.updates()), polled)
                    .distinctUntilChanged().doFinally(signal -> result.cancel());
        }).subscribeOn(Schedulers.boundedElastic());
    }
}
