package org.lantern.infra.axon;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.lantern.domain.session.SessionScheduledEvent;

/**
 * {@link SessionScheduledEvent} revision 1 to 2: revision 2 names the session's site. A revision 1 session was set
 * up when the drop-in was the centre's only site, so it is the drop-in's ({@link SessionScheduledEvent#FIRST_SITE}).
 */
class SessionScheduledSiteUpcaster extends SingleEventUpcaster {

    private static final SimpleSerializedType REVISION_1 =
            new SimpleSerializedType(SessionScheduledEvent.class.getName(), "1");
    private static final SimpleSerializedType REVISION_2 =
            new SimpleSerializedType(SessionScheduledEvent.class.getName(), "2");

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return REVISION_1.getName().equals(representation.getType().getName())
                && REVISION_1.getRevision().equals(representation.getType().getRevision());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(REVISION_2, JsonNode.class, payload -> {
            ((ObjectNode) payload).put("site", SessionScheduledEvent.FIRST_SITE);
            return payload;
        });
    }
}
