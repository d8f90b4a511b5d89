package org.lantern.ui.reminders;

import org.lantern.application.reminders.ReminderSender;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ReminderConfiguration {

    /** Until an SMS or email provider is configured as a {@link ReminderSender}, reminders are only recorded. */
    @Bean
    @ConditionalOnMissingBean(ReminderSender.class)
    RecordingReminderSender recordingReminderSender() {
        return new RecordingReminderSender();
    }
}
