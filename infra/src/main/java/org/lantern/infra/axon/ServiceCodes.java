package org.lantern.infra.axon;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.util.Locale;
import java.util.regex.Pattern;
import org.lantern.domain.booking.Service;

/**
 * A {@link Service} on the wire is its code: {@code "service": "sexual-health"}. Events stored while the services
 * were a Java enum name them by the constant, {@code "SEXUAL_HEALTH"}; those read as the same code (lower case,
 * hyphens for underscores), which is the code the catalogue's migrated entry has. The field's shape never changed (a
 * string), so no event took a new revision: only the values it may hold grew.
 */
public final class ServiceCodes {

    private static final Pattern LEGACY_CONSTANT = Pattern.compile("[A-Z][A-Z0-9_]*");

    private ServiceCodes() {
    }

    /** The code a stored value names: a code as it is, a constant of the old enum as its code. */
    public static String fromWire(String stored) {
        return LEGACY_CONSTANT.matcher(stored).matches() ? stored.toLowerCase(Locale.ROOT).replace('_', '-') : stored;
    }

    static SimpleModule module() {
        SimpleModule module = new SimpleModule("lantern-service-codes");
        module.addSerializer(Service.class, new StdSerializer<>(Service.class) {
            @Override
            public void serialize(Service value, JsonGenerator gen, SerializerProvider provider) throws IOException {
                gen.writeString(value.code());
            }
        });
        module.addDeserializer(Service.class, new StdDeserializer<>(Service.class) {
            @Override
            public Service deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                return new Service(fromWire(p.getValueAsString()));
            }
        });
        return module;
    }
}
