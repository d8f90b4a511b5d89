package org.lantern.infra.axon;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.lantern.domain.booking.Holder;
import org.lantern.domain.privacy.SealedText;
import org.lantern.domain.session.SlotBookedEvent;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.jsontype.BasicPolymorphicTypeValidator;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import java.lang.management.ManagementFactory;
import java.util.UUID;
import org.axonframework.common.caching.Cache;
import org.lantern.domain.dropin.DropInTally;
import org.axonframework.common.caching.WeakReferenceCache;
import org.axonframework.config.AggregateConfigurer;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.MongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.MongoEventStorageEngine;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.documentperevent.DocumentPerEventStorageStrategy;
import org.axonframework.extensions.mongo.eventsourcing.tokenstore.MongoTokenStore;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.lantern.domain.course.Course;
import org.lantern.domain.diary.ClinicianDiary;
import org.lantern.domain.nightcentre.Night;
import org.lantern.domain.privacy.DataSubject;
import org.lantern.domain.session.Session;
import org.lantern.domain.walkin.Queue;
import org.lantern.infra.store.StoreProperties;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * Axon on MongoDB, wired by hand: axon-mongo's Spring Boot starter stops at Axon 4.10 and wants
 * transactions, which the embedded server does not have.
 */
@Configuration(proxyBeanMethods = false)
public class AxonStoreConfiguration {

    /** The JSON form of every event, token and message; events are a public contract (see the approval tests). */
    public static ObjectMapper eventObjectMapper() {
        ObjectMapper mapper = new ObjectMapper();
        mapper.registerModule(new JavaTimeModule());
        mapper.disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        mapper.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        // the domain knows no Jackson: a holder without needs or consent keeps its revision 1 form
        mapper.addMixIn(Holder.class, HolderMixIn.class);
        // a service is its code on the wire; events stored before services were data name them as constants
        mapper.registerModule(ServiceCodes.module());
        // ReplayToken carries an Object context; Jackson refuses such polymorphism unless the subtypes are allowed
        mapper.setPolymorphicTypeValidator(BasicPolymorphicTypeValidator.builder()
                .allowIfSubType("org.axonframework.")
                .allowIfSubType("java.util.")
                .allowIfSubType("java.lang.")
                .build());
        return mapper;
    }

    @Bean
    @Primary
    Serializer serializer() {
        return JacksonSerializer.builder().objectMapper(eventObjectMapper()).build();
    }

    @Bean
    @Qualifier("messageSerializer")
    Serializer messageSerializer(Serializer serializer) {
        return serializer;
    }

    @Bean
    @Qualifier("eventSerializer")
    Serializer eventSerializer(Serializer serializer) {
        return serializer;
    }

    @Bean
    MongoTemplate axonMongoTemplate(MongoClient client, MongoDatabase lanternDatabase) {
        return DefaultMongoTemplate.builder().mongoDatabase(client, lanternDatabase.getName()).build();
    }

    @Bean
    EventStorageEngine eventStorageEngine(MongoTemplate template, Serializer serializer, StoreProperties properties) {
        LegacyStoreCheck.refuseLegacyEvents(template);
        return MongoEventStorageEngine.builder()
                .mongoTemplate(template)
                .eventSerializer(serializer)
                .snapshotSerializer(serializer)
                .batchSize(properties.batchSize())
                .storageStrategy(new DocumentPerEventStorageStrategy(null, properties.lookBack()))
                .upcasterChain(eventUpcasters())
                .build();
    }

    /**
     * Every change to a stored event's shape, oldest first; events in the store are never rewritten. Since the
     * streams of version 0.2 began (see {@link LegacyStoreCheck}): {@link SlotBookedEvent} revision 2 (the holder's
     * needs and consent), revision 3 (the language the booking was made in).
     */
    public static EventUpcasterChain eventUpcasters() {
        return new EventUpcasterChain(new HolderRevisionUpcaster(), new SlotBookedLanguageUpcaster());
    }

    /** Leaves out a holder's needs and consent when there are none. */
    abstract static class HolderMixIn {

        @JsonInclude(JsonInclude.Include.NON_NULL)
        abstract SealedText needs();

        @JsonInclude(JsonInclude.Include.NON_NULL)
        abstract SealedText consent();
    }

    @Bean
    EmbeddedEventStore eventStore(EventStorageEngine storageEngine, StoreProperties properties) {
        return EmbeddedEventStore.builder()
                .storageEngine(storageEngine)
                .fetchDelay(properties.fetchDelay().toMillis())
                .build();
    }

    @Bean
    TokenStore tokenStore(MongoTemplate template, Serializer serializer, StoreProperties properties) {
        return MongoTokenStore.builder()
                .mongoTemplate(template)
                .serializer(serializer)
                .nodeId(nodeId(properties))
                .claimTimeout(properties.claimTimeout())
                .build();
    }

    private static String nodeId(StoreProperties properties) {
        if (properties.nodeId() != null && !properties.nodeId().isBlank()) {
            return properties.nodeId();
        }
        // the JVM name alone is shared by two app contexts in one JVM; each context gets its own suffix
        return ManagementFactory.getRuntimeMXBean().getName() + "#" + UUID.randomUUID().toString().substring(0, 8);
    }

    /**
     * Each aggregate type keeps its recent instances in memory: on the embedded store, which ignores secondary
     * indexes, loading one from its events scans the whole event collection.
     */
    @Bean
    Cache sessionCache() {
        return new WeakReferenceCache();
    }

    @Bean
    Cache diaryCache() {
        return new WeakReferenceCache();
    }

    @Bean
    Cache subjectCache() {
        return new WeakReferenceCache();
    }

    @Bean
    Cache nightCache() {
        return new WeakReferenceCache();
    }

    @Bean
    Cache queueCache() {
        return new WeakReferenceCache();
    }

    @Bean
    Cache courseCache() {
        return new WeakReferenceCache();
    }

    @Bean
    Cache tallyCache() {
        return new WeakReferenceCache();
    }

    @Bean
    ConfigurerModule aggregates(Cache sessionCache, Cache diaryCache, Cache subjectCache, Cache nightCache,
                                Cache queueCache, Cache courseCache, Cache tallyCache) {
        return configurer -> configurer
                .configureAggregate(AggregateConfigurer.defaultConfiguration(Session.class)
                        .configureCache(c -> sessionCache))
                .configureAggregate(AggregateConfigurer.defaultConfiguration(ClinicianDiary.class)
                        .configureCache(c -> diaryCache))
                .configureAggregate(AggregateConfigurer.defaultConfiguration(DataSubject.class)
                        .configureCache(c -> subjectCache))
                .configureAggregate(AggregateConfigurer.defaultConfiguration(Night.class)
                        .configureCache(c -> nightCache))
                .configureAggregate(AggregateConfigurer.defaultConfiguration(Queue.class)
                        .configureCache(c -> queueCache))
                .configureAggregate(AggregateConfigurer.defaultConfiguration(Course.class)
                        .configureCache(c -> courseCache))
                .configureAggregate(AggregateConfigurer.defaultConfiguration(DropInTally.class)
                        .configureCache(c -> tallyCache));
    }

    /** The application layer's way to send commands: retried here on a conflict between writers. */
    @Bean
    RetryingCommands commands(CommandGateway gateway, List<Cache> caches) {
        return new RetryingCommands(gateway, caches);
    }
}
