package org.lantern.infra.sites;

import com.mongodb.client.MongoDatabase;
import org.lantern.application.sites.SiteDirectory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
public class SiteDirectoryConfiguration {

    @Bean
    SiteDirectory siteDirectory(MongoDatabase lanternDatabase) {
        return new MongoSiteDirectory(lanternDatabase);
    }
}
