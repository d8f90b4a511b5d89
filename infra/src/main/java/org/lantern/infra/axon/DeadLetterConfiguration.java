package org.lantern.infra.axon;

import java.util.Map;
import java.util.Set;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.extensions.mongo.MongoTemplate;
import org.axonframework.extensions.mongo.eventhandling.deadletter.MongoSequencedDeadLetterQueue;
import org.axonframework.serialization.Serializer;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * A projection that fails on an event must not skip it (Axon's default logs and goes on). Every processing group
 * parks a failing event in a dead-letter queue on MongoDB, and with it every later event of the same aggregate,
 * so nothing after it in that sequence is applied out of order; other aggregates go on. A manager sees the count
 * and retries once the cause is fixed ({@link DeadLetters}).
 */
@Configuration(proxyBeanMethods = false)
public class DeadLetterConfiguration {

    @Bean
    ConfigurerModule deadLetterQueues(MongoTemplate axonMongoTemplate, Serializer serializer, Environment environment) {
        // every projection is listed under axon.eventhandling.processors (application.yml) as a tracking processor
        Set<String> groups = Binder.get(environment).bind("axon.eventhandling.processors",
                Bindable.mapOf(String.class, Object.class)).map(Map::keySet).orElse(Set.of());
        return configurer -> configurer.eventProcessing(processing -> {
            processing.registerDeadLetterQueueProvider(group -> configuration -> MongoSequencedDeadLetterQueue.builder()
                    .processingGroup(group)
                    .mongoTemplate(axonMongoTemplate)
                    .serializer(serializer)
                    // no transactions: the embedded store has none, and each dead letter is one document
                    .transactionManager(NoTransactionManager.INSTANCE)
                    .build());
            // without this cache every event costs one more look-up ("is its sequence parked?") per projection
            groups.forEach(group -> processing.registerDeadLetteringEventHandlerInvokerConfiguration(group,
                    (configuration, builder) -> builder.enableSequenceIdentifierCache()));
        });
    }

    @Bean
    DeadLetters deadLetters(org.axonframework.config.EventProcessingConfiguration processing) {
        return new DeadLetters(processing);
    }
}
