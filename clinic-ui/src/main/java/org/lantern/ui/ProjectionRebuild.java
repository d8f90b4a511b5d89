package org.lantern.ui;

import static com.mongodb.client.model.Filters.eq;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.extensions.mongo.MongoTemplate;
import org.lantern.projections.clinic.ClinicReadModel;
import org.lantern.projections.clinic.ClinicSessionsProjection;
import org.springframework.stereotype.Component;

/**
 * Rebuilds the clinic read model from the first event: stop its tracking processor, drop its collections and
 * its token, start it again. (axon-mongo's resetTokens does not work with this store, so the token document
 * is deleted instead; the processor then starts from the beginning of the stream.) Only this node's
 * processor is stopped: run it when no other node is running the projection.
 */
@Component
public class ProjectionRebuild {

    private final EventProcessingConfiguration processing;
    private final MongoTemplate axonMongoTemplate;
    private final ClinicReadModel clinicReadModel;

    ProjectionRebuild(EventProcessingConfiguration processing, MongoTemplate axonMongoTemplate,
                      ClinicReadModel clinicReadModel) {
        this.processing = processing;
        this.axonMongoTemplate = axonMongoTemplate;
        this.clinicReadModel = clinicReadModel;
    }

    public void rebuildClinicSessions() {
        String group = ClinicSessionsProjection.GROUP;
        TrackingEventProcessor processor = processing.eventProcessor(group, TrackingEventProcessor.class)
                .orElseThrow(() -> new IllegalStateException("No tracking processor " + group));
        processor.shutDown();
        clinicReadModel.drop();
        axonMongoTemplate.trackingTokensCollection().deleteMany(eq("processorName", group));
        processor.start();
    }
}
