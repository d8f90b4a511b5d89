package org.lantern.infra.privacy;

import com.mongodb.client.MongoDatabase;
import java.time.Clock;
import org.lantern.domain.privacy.PersonalDataVault;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
public class VaultConfiguration {

    @Bean
    PersonalDataVault personalDataVault(MongoDatabase lanternDatabase, Clock clock) {
        return new MongoPersonalDataVault(lanternDatabase, clock);
    }
}
