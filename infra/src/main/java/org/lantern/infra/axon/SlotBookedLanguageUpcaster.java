package org.lantern.infra.axon;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.lantern.domain.session.SlotBookedEvent;

/**
 * {@link SlotBookedEvent} revision 2 to 3 (after {@link HolderRevisionUpcaster}, 1 to 2): revision 3 records the
 * language the booking was made in (for the funders' share of bookings per language). A booking of an earlier
 * revision was made before that was recorded: its language is unknown (null), never guessed.
 */
class SlotBookedLanguageUpcaster extends SingleEventUpcaster {

    private static final SimpleSerializedType REVISION_2 = new SimpleSerializedType(SlotBookedEvent.class.getName(), "2");
    private static final SimpleSerializedType REVISION_3 = new SimpleSerializedType(SlotBookedEvent.class.getName(), "3");

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return REVISION_2.getName().equals(representation.getType().getName())
                && REVISION_2.getRevision().equals(representation.getType().getRevision());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(REVISION_3, JsonNode.class, payload -> {
            ((ObjectNode) payload).putNull("bookedInLanguage");
            return payload;
        });
    }
}
