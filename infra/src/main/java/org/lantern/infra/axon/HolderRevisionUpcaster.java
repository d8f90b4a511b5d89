package org.lantern.infra.axon;

import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.lantern.domain.session.SlotBookedEvent;

/**
 * {@link SlotBookedEvent} revision 1 to 2: revision 2's holder may carry sealed needs and consent. A revision 1
 * holder has neither, which is what their absence means, so the stored JSON reads as it is: only the revision
 * moves on.
 */
class HolderRevisionUpcaster extends SingleEventUpcaster {

    private static final String TYPE = SlotBookedEvent.class.getName();

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return TYPE.equals(representation.getType().getName()) && "1".equals(representation.getType().getRevision());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(new SimpleSerializedType(TYPE, "2"), JsonNode.class, data -> data);
    }
}
