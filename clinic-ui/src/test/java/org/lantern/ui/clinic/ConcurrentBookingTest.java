package org.lantern.ui.clinic;

import org.lantern.domain.session.SlotBookedEvent;
import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.lantern.ui.Api;
import org.lantern.ui.LanternIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/** Rule 1: a slot is never given to more people than it has places, also when everyone asks at once. */
@LanternIntegrationTest
class ConcurrentBookingTest {

    static final int REQUESTS = 24;
    static final int PLACES = 3;

    @Autowired
    Api api;
    @Autowired
    MongoDatabase lanternDatabase;

    @Test
    void simultaneousRequestsNeverOverbookASlot() throws Exception {
        LocalDate date = Api.freshDate();
        String sessionId = api.schedule(date, "14:00", "14:30", 30, PLACES);
        String start = (String) api.availability("sexual-health", date, date).get(0).get("start");

        List<Integer> statuses = race(REQUESTS, i -> api.book(sessionId, start, "Person " + i)
                .returnResult(String.class).getStatus().value());

        assertThat(statuses).filteredOn(s -> s == 201).hasSize(PLACES);
        assertThat(statuses).filteredOn(s -> s == 409).hasSize(REQUESTS - PLACES);
        assertThat(api.availability("sexual-health", date, date).get(0).get("free")).isEqualTo(0);
        assertThat(bookedEventsIn(sessionId)).isEqualTo(PLACES);
    }

    private long bookedEventsIn(String sessionId) {
        return lanternDatabase.getCollection("domainevents").countDocuments(new Document("aggregateIdentifier",
                sessionId).append("payloadType", SlotBookedEvent.class.getName()));
    }

    interface Attempt<T> {
        T run(int i) throws Exception;
    }

    /** Starts every attempt at the same moment on its own thread and collects the outcomes. */
    static <T> List<T> race(int count, Attempt<T> attempt) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(count);
        CountDownLatch ready = new CountDownLatch(count);
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int n = i;
                Callable<T> task = () -> {
                    ready.countDown();
                    go.await();
                    return attempt.run(n);
                };
                futures.add(pool.submit(task));
            }
            ready.await();
            go.countDown();
            List<T> outcomes = new ArrayList<>();
            for (Future<T> f : futures) {
                outcomes.add(f.get());
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }
}
