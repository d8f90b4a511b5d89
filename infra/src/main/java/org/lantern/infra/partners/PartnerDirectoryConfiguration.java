package org.lantern.infra.partners;

import com.mongodb.client.MongoDatabase;
import org.lantern.application.partners.PartnerDirectory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
public class PartnerDirectoryConfiguration {

    @Bean
    PartnerDirectory partnerDirectory(MongoDatabase lanternDatabase) {
        return new MongoPartnerDirectory(lanternDatabase);
    }
}
