package org.lantern.infra.axon;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.lantern.domain.clinic.SlotBookedEvent;

/**
 * Revision 1 of {@link SlotBookedEvent} had no reminder contact. Such a booking reads as one without a
 * contact, without a language, and with reminders that may not name the service.
 */
public class SlotBookedEventUpcaster extends SingleEventUpcaster {

    private static final SimpleSerializedType REVISION_1 =
            new SimpleSerializedType(SlotBookedEvent.class.getName(), "1");
    private static final SimpleSerializedType REVISION_2 =
            new SimpleSerializedType(SlotBookedEvent.class.getName(), "2");

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return REVISION_1.equals(representation.getType());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(REVISION_2, JsonNode.class, SlotBookedEventUpcaster::toRevision2);
    }

    private static JsonNode toRevision2(JsonNode revision1) {
        ObjectNode event = ((ObjectNode) revision1).deepCopy();
        event.putNull("contact");
        event.putNull("language");
        event.put("remindersMayNameService", false);
        return event;
    }
}
