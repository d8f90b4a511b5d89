package org.lantern.ui.web;

import java.util.concurrent.Callable;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/** The command and query buses and the MongoDB driver block; this keeps them off the event loop. */
public final class Blocking {

    private Blocking() {
    }

    public static <T> Mono<T> call(Callable<T> work) {
        return Mono.fromCallable(work).subscribeOn(Schedulers.boundedElastic());
    }
}
