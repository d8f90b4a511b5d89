package org.lantern.infra.course;

import org.lantern.application.course.CourseSettings;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/** Counselling courses' settings. */
@Configuration(proxyBeanMethods = false)
public class CourseSettingsConfiguration {

    /** {@code lantern.course.*}: a plain record in the application layer, bound here (see docs/configuration.md). */
    @Bean
    CourseSettings courseSettings(Environment environment) {
        return Binder.get(environment).bind("lantern.course", CourseSettings.class).orElseGet(CourseSettings::defaults);
    }
}
