package org.lantern.infra.staff;

import com.mongodb.client.MongoDatabase;
import org.lantern.application.staff.StaffAccountStore;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
public class StaffStoreConfiguration {

    @Bean
    StaffAccountStore staffAccountStore(MongoDatabase lanternDatabase) {
        return new MongoStaffAccountStore(lanternDatabase);
    }
}
