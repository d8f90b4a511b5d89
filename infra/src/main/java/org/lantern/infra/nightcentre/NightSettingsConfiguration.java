package org.lantern.infra.nightcentre;

import org.lantern.application.nightcentre.NightSettings;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/** The night centre's settings. */
@Configuration(proxyBeanMethods = false)
public class NightSettingsConfiguration {

    /** {@code lantern.night.*}: a plain record in the application layer, bound here (see docs/configuration.md). */
    @Bean
    NightSettings nightSettings(Environment environment) {
        return Binder.get(environment).bind("lantern.night", NightSettings.class).orElseGet(NightSettings::defaults);
    }
}
