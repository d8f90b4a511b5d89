package org.lantern.ui;

import com.mongodb.client.MongoDatabase;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.lantern.domain.privacy.PersonalDataVault;
import org.lantern.projections.clinic.ClinicQueryHandler;
import org.lantern.projections.clinic.ClinicReadModel;
import org.lantern.projections.clinic.ClinicSessionsProjection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The projections module knows nothing of Spring; its handlers become beans here, where Axon finds them. */
@Configuration(proxyBeanMethods = false)
class ProjectionsConfiguration {

    @Bean
    ClinicReadModel clinicReadModel(MongoDatabase lanternDatabase) {
        return new ClinicReadModel(lanternDatabase);
    }

    @Bean
    ClinicQueryHandler clinicQueryHandler(ClinicReadModel model, PersonalDataVault vault) {
        return new ClinicQueryHandler(model, vault);
    }

    @Bean
    ClinicSessionsProjection clinicSessionsProjection(ClinicReadModel model, ClinicQueryHandler queries,
                                                      QueryUpdateEmitter emitter) {
        return new ClinicSessionsProjection(model, queries, emitter);
    }
}
