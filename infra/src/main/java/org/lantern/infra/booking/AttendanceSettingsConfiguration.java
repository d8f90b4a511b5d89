package org.lantern.infra.booking;

import org.lantern.application.attendance.AttendanceSettings;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/** {@code lantern.attendance.*}: a plain record in the application layer, bound here (see docs/configuration.md). */
@Configuration(proxyBeanMethods = false)
public class AttendanceSettingsConfiguration {

    @Bean
    AttendanceSettings attendanceSettings(Environment environment) {
        return Binder.get(environment).bind("lantern.attendance", AttendanceSettings.class)
                .orElseGet(AttendanceSettings::defaults);
    }
}
