package org.lantern.infra.audit;

import com.mongodb.client.MongoDatabase;
import org.lantern.application.audit.AuditStore;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
public class AuditStoreConfiguration {

    @Bean
    AuditStore auditStore(MongoDatabase lanternDatabase) {
        return new MongoAuditStore(lanternDatabase);
    }
}
