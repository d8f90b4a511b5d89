package org.lantern.infra.catalogue;

import com.mongodb.client.MongoDatabase;
import java.time.Clock;
import java.time.Duration;
import org.lantern.domain.booking.ServiceCatalogue;
import org.lantern.domain.booking.SharedNames;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
public class CatalogueConfiguration {

    /** The catalogue, seeded on a store's first start (and so the migration of the services that were code). */
    @Bean
    ServiceCatalogue serviceCatalogue(MongoDatabase lanternDatabase,
                                      @Value("${lantern.catalogue.refresh-every:PT5S}") Duration refreshEvery) {
        MongoServiceCatalogue catalogue = new MongoServiceCatalogue(lanternDatabase, refreshEvery, Clock.systemUTC());
        CatalogueSeed.into(catalogue);
        return catalogue;
    }

    @Bean
    SharedNames sharedNames(ServiceCatalogue serviceCatalogue) {
        return new SharedNames(serviceCatalogue);
    }
}
