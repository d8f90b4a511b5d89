package org.lantern.infra.rotas;

import com.mongodb.client.MongoDatabase;
import org.lantern.application.clinic.RotaPatterns;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
public class RotaPatternsConfiguration {

    @Bean
    RotaPatterns rotaPatterns(MongoDatabase lanternDatabase) {
        return new MongoRotaPatterns(lanternDatabase);
    }
}
