package org.lantern.infra.axon;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalTime;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.junit.jupiter.api.Test;
import org.lantern.domain.session.SlotBookedEvent;

/** Bookings stored as revisions 1 and 2 (before the language was recorded) read as revision 3 with no language. */
class SlotBookedLanguageUpcasterTest {

    @Test
    void aBookingOfRevisionOneReadsWithItsLanguageUnknown() throws Exception {
        readsWithItsLanguageUnknown("1");
    }

    @Test
    void aBookingOfRevisionTwoReadsWithItsLanguageUnknown() throws Exception {
        readsWithItsLanguageUnknown("2");
    }

    private void readsWithItsLanguageUnknown(String revision) throws Exception {
        String json;
        try (InputStream approved = getClass().getResourceAsStream("/approved-events/SlotBookedEvent-r" + revision
                + ".json")) {
            json = new String(approved.readAllBytes(), StandardCharsets.UTF_8);
        }
        Serializer serializer = JacksonSerializer.builder()
                .objectMapper(AxonStoreConfiguration.eventObjectMapper()).build();
        GenericDomainEventEntry<String> entry = new GenericDomainEventEntry<>("Session", "2026-12-01~abcd2345", 1,
                "event-1", java.time.Instant.EPOCH, SlotBookedEvent.class.getName(), revision, json, "{}");
        Stream<IntermediateEventRepresentation> upcast = AxonStoreConfiguration.eventUpcasters()
                .upcast(Stream.of(new InitialEventRepresentation(entry, serializer)));
        List<IntermediateEventRepresentation> out = upcast.collect(Collectors.toList());

        assertThat(out).hasSize(1);
        SerializedType type = out.get(0).getType();
        assertThat(type.getRevision()).isEqualTo("3");
        SlotBookedEvent event = serializer.deserialize(new SimpleSerializedObject<>(
                out.get(0).getData(String.class).getData(), String.class, type));
        assertThat(event.bookedInLanguage()).isNull();
        assertThat(event.slotStart()).isEqualTo(LocalTime.of(10, 30));
        assertThat(event.reference()).isEqualTo("K7M2QX");
    }
}
