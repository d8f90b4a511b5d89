package org.lantern.infra.clinic;

import org.lantern.application.clinic.MoveSettings;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/** Moving a booking's settings. */
@Configuration(proxyBeanMethods = false)
public class MoveSettingsConfiguration {

    /** {@code lantern.move.*}: a plain record in the application layer, bound here (see docs/configuration.md). */
    @Bean
    MoveSettings moveSettings(Environment environment) {
        return Binder.get(environment).bind("lantern.move", MoveSettings.class).orElseGet(MoveSettings::defaults);
    }
}
