package org.lantern.infra.store;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.ReadConcern;
import com.mongodb.WriteConcern;
import com.mongodb.client.MongoClient;
import com.mongodb.event.CommandListener;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;
import org.springframework.boot.mongodb.autoconfigure.PropertiesMongoConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * One MongoDB for everything. A configured URI (or a test's service connection) is the production path: a
 * replica set with majority writes. Without one, an embedded server starts inside the JVM.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(StoreProperties.class)
public class MongoStoreConfiguration {

    private static final Logger log = LoggerFactory.getLogger(MongoStoreConfiguration.class);
    static final String URI_PROPERTY = "spring.mongodb.uri";

    /** The server to use, or empty for the embedded one. */
    record MongoTarget(Optional<ConnectionString> external) {
    }

    @Bean
    MongoTarget mongoTarget(Environment environment, ObjectProvider<MongoConnectionDetails> details) {
        MongoConnectionDetails configured = details.getIfAvailable();
        boolean external = configured != null && (environment.containsProperty(URI_PROPERTY)
                || !(configured instanceof PropertiesMongoConnectionDetails));
        return new MongoTarget(external ? Optional.of(configured.getConnectionString()) : Optional.empty());
    }

    @Bean(destroyMethod = "close")
    MongoClient mongoClient(MongoTarget target, ObjectProvider<EmbeddedMongo> embedded,
                            ObjectProvider<CommandListener> listeners) {
        if (target.external().isPresent()) {
            ConnectionString uri = target.external().get();
            log.info("Store: MongoDB at {} (the production path: a replica set, majority writes)", uri.getHosts());
            MongoClientSettings.Builder settings = MongoClientSettings.builder()
                    .applyConnectionString(uri)
                    .writeConcern(WriteConcern.MAJORITY)
                    .readConcern(ReadConcern.MAJORITY);
            listeners.orderedStream().forEach(settings::addCommandListener);
            return MongoClients.create(settings.build());
        }
        EmbeddedMongo server = embedded.getObject();
        log.warn("Store: embedded MongoDB ({}) - for trying out and development only, not for production",
                server.description());
        MongoClientSettings.Builder settings = MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(server.connectionString()));
        // command listeners (tests count round trips with one) see every command the driver sends
        listeners.orderedStream().forEach(settings::addCommandListener);
        return MongoClients.create(settings.build());
    }

    @Bean(destroyMethod = "close")
    @org.springframework.context.annotation.Lazy
    EmbeddedMongo embeddedMongo(StoreProperties properties) {
        return properties.embedded() == StoreProperties.Embedded.MEMORY
                ? EmbeddedMongo.inMemory()
                : EmbeddedMongo.onFile(properties.dataDir());
    }

    @Bean
    MongoDatabase lanternDatabase(MongoClient client, MongoTarget target, StoreProperties properties) {
        String named = target.external().map(ConnectionString::getDatabase).orElse(null);
        return client.getDatabase(named != null ? named : properties.database());
    }
}
