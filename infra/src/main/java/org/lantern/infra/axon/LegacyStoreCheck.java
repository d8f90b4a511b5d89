package org.lantern.infra.axon;

import static com.mongodb.client.model.Filters.in;

import java.util.List;
import org.axonframework.extensions.mongo.MongoTemplate;

/**
 * Refuses to start on a store written before the booking pipeline (events of one {@code ClinicDay} stream per
 * date). Those streams are not read by this version, and migrating them without transactions could leave a
 * half-migrated store; so the store is left untouched and the start-up says what to do
 * (docs/architecture.md, "Stores written by an earlier version").
 */
final class LegacyStoreCheck {

    static final List<String> LEGACY_EVENT_TYPES = List.of(
            "org.lantern.domain.clinic.SessionScheduledEvent",
            "org.lantern.domain.clinic.SlotBookedEvent",
            "org.lantern.domain.clinic.BookingCancelledEvent",
            "org.lantern.domain.clinic.PersonalDataErasedEvent");

    private LegacyStoreCheck() {
    }

    static void refuseLegacyEvents(MongoTemplate template) {
        if (template.eventCollection().find(in("payloadType", LEGACY_EVENT_TYPES)).limit(1).first() != null) {
            throw new LegacyStoreException();
        }
    }
}
