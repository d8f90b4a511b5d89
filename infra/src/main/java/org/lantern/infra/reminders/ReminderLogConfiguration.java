package org.lantern.infra.reminders;

import org.lantern.application.reminders.UntoldPeople;
import com.mongodb.client.MongoDatabase;
import org.lantern.application.reminders.ReminderLog;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
public class ReminderLogConfiguration {

    @Bean
    ReminderLog reminderLog(MongoDatabase lanternDatabase) {
        return new MongoReminderLog(lanternDatabase);
    }

    @Bean
    UntoldPeople untoldPeople(MongoDatabase lanternDatabase) {
        return new MongoUntoldPeople(lanternDatabase);
    }
}
