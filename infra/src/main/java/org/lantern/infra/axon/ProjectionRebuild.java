package org.lantern.infra.axon;

import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.MongoTrackingToken;
import static com.mongodb.client.model.Filters.eq;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.extensions.mongo.MongoTemplate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Rebuilds a projection from the first event: stop its processor, delete its tracking token and its read
 * model, start it again. axon-mongo's resetTokens replay is broken (AxonFramework/extension-mongo #498),
 * so this is the way a read model is rebuilt. Only this node's processor is stopped: run it when no other node
 * holds the projection's claim.
 */
@Component
public class ProjectionRebuild {

    private static final Logger log = LoggerFactory.getLogger(ProjectionRebuild.class);

    private final EventProcessingConfiguration processing;
    private final MongoTemplate axonMongoTemplate;

    ProjectionRebuild(EventProcessingConfiguration processing, MongoTemplate axonMongoTemplate) {
        this.processing = processing;
        this.axonMongoTemplate = axonMongoTemplate;
    }

    public void rebuild(String processingGroup, Runnable dropReadModel) {
        TrackingEventProcessor processor = processor(processingGroup);
        processor.shutDown();
        long tokens = axonMongoTemplate.trackingTokensCollection()
                .deleteMany(eq("processorName", processingGroup)).getDeletedCount();
        dropReadModel.run();
        processor.start();
        log.info("Rebuilding projection {} from the first event ({} token segments dropped)", processingGroup, tokens);
    }

    /** True once the projection has processed every event in the store, as after a finished rebuild. */
    public boolean caughtUp(String processingGroup) {
        TrackingEventProcessor processor = processor(processingGroup);
        return processor.isRunning() && !processor.processingStatus().isEmpty()
                && processor.processingStatus().values().stream().allMatch(s -> s.isCaughtUp() && !s.isReplaying());
    }

    /** How many events the store holds (a rebuild applies each of them once). */
    public long eventsInStore() {
        return axonMongoTemplate.eventCollection().countDocuments();
    }

    /** How far a projection has come: the time of the last event its token has passed. */
    public Optional<Instant> position(String processingGroup) {
        return processor(processingGroup).processingStatus().values().stream()
                .map(EventTrackerStatus::getTrackingToken)
                .filter(MongoTrackingToken.class::isInstance).map(t -> ((MongoTrackingToken) t).getTimestamp())
                .min(Comparator.naturalOrder());
    }

    private TrackingEventProcessor processor(String processingGroup) {
        return processing.eventProcessor(processingGroup, TrackingEventProcessor.class)
                .orElseThrow(() -> new IllegalArgumentException("No tracking processor " + processingGroup));
    }
}
