package org.lantern.ui.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Hooks;

/**
 * An error that arrives after its request was answered or cancelled is "dropped" by Reactor, which by default logs
 * it with its full message and stack: a message may hold what a person typed. Only its type is logged here.
 */
@Component
class DroppedErrors implements InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(DroppedErrors.class);

    @Override
    public void afterPropertiesSet() {
        Hooks.onErrorDropped(error -> log.warn("An error arrived after its request had ended: {}",
                error.getClass().getName()));
    }
}
