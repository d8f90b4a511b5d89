package org.lantern.ui;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

/** One plain line when Lantern can be used, so a newcomer knows when to open the browser (README). */
@Component
class ReadyMessage implements ApplicationListener<ApplicationReadyEvent> {

    private static final Logger log = LoggerFactory.getLogger(ReadyMessage.class);

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        String port = event.getApplicationContext().getEnvironment().getProperty("local.server.port", "8080");
        log.info("Lantern is ready: open http://localhost:{}/ (staff: http://localhost:{}/staff/sign-in)", port, port);
    }
}
