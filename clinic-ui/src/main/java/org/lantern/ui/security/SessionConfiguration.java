package org.lantern.ui.security;

import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.server.WebSession;
import org.springframework.web.server.session.CookieWebSessionIdResolver;
import org.springframework.web.server.session.DefaultWebSessionManager;
import org.springframework.web.server.session.InMemoryWebSessionStore;
import org.springframework.web.server.session.WebSessionIdResolver;
import org.springframework.web.server.session.WebSessionManager;
import reactor.core.publisher.Mono;

/**
 * Staff sessions live in memory and age by the application's clock (so tests can move time). The cookie
 * comes from Spring Boot's server.reactive.session.cookie settings: HttpOnly, SameSite=Lax, and Secure
 * whenever the request arrived over HTTPS (directly, or as told by a trusted proxy).
 */
@Configuration(proxyBeanMethods = false)
class SessionConfiguration {

    @Bean
    WebSessionManager webSessionManager(SessionSettings settings, Clock clock,
                                        ObjectProvider<WebSessionIdResolver> resolver) {
        InMemoryWebSessionStore store = new IdleLimitedStore(settings);
        store.setClock(clock);
        DefaultWebSessionManager manager = new DefaultWebSessionManager();
        manager.setSessionStore(store);
        manager.setSessionIdResolver(resolver.getIfAvailable(CookieWebSessionIdResolver::new));
        return manager;
    }

    private static final class IdleLimitedStore extends InMemoryWebSessionStore {

        private final SessionSettings settings;

        IdleLimitedStore(SessionSettings settings) {
            this.settings = settings;
        }

        @Override
        public Mono<WebSession> createWebSession() {
            return super.createWebSession().doOnNext(session -> session.setMaxIdleTime(settings.idleTimeout()));
        }
    }
}
