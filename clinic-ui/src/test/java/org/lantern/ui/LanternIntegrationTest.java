package org.lantern.ui;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.context.annotation.Import;

/**
 * The whole application on a random port with an in-memory embedded MongoDB and a clock the test controls.
 * Test classes share one context, so each test works on its own dates and sessions.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "lantern.store.embedded=memory",
        // the retention and reminder jobs run when a test calls them, not when a timer fires mid-test
        "lantern.privacy.first-check-after=PT24H",
        // likewise the night centre's deadline sweep
        "lantern.night.first-sweep-after=PT24H",
        "lantern.course.first-sweep-after=PT24H",
        "lantern.move.first-sweep-after=PT24H",
        // the no-show sweep too: tests call NoShowSweep after moving the clock
        "lantern.attendance.first-sweep-after=PT24H",
        // every test client comes from its own address (Api.client()), so rate limits do not leak between tests
        "server.forward-headers-strategy=framework",
        // a loaded CI machine may take longer than the 5 s a person would wait; tests read straight after writing
        "lantern.booking.read-your-write=30s",
        // a retry waits this long for the first request with its Idempotency-Key (20 s for a person's phone)
        "lantern.booking.retry-wait=3s",
        "LANTERN_ADMIN_PASSWORD=" + LanternIntegrationTest.ADMIN_PASSWORD})
@Import(TestSupportConfiguration.class)
@ExtendWith(ThreadDumpOnTimeout.class)
public @interface LanternIntegrationTest {

    String ADMIN = "admin";
    String ADMIN_PASSWORD = "test-admin-password-1";
}
