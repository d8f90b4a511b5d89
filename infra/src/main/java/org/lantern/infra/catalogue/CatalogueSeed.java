package org.lantern.infra.catalogue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.lantern.domain.booking.CatalogueEntry;
import org.lantern.domain.booking.Service;
import org.lantern.domain.booking.ServiceCatalogue;
import org.lantern.domain.booking.ServiceKind;

/**
 * The catalogue a centre starts with, read from data ({@code lantern/service-catalogue.json}), never from code. It
 * is also the migration of the services Lantern ran before services were data: their events keep their codes, and
 * an empty catalogue gets them, in their old order, on its first start.
 */
public final class CatalogueSeed {

    static final String RESOURCE = "lantern/service-catalogue.json";

    private CatalogueSeed() {
    }

    public static List<CatalogueEntry> read() {
        try (InputStream in = CatalogueSeed.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the service catalogue's seed is missing: " + RESOURCE);
            }
            JsonNode root = new ObjectMapper().readTree(in);
            List<CatalogueEntry> entries = new ArrayList<>();
            int number = 1;
            for (JsonNode s : root.get("services")) {
                Map<String, String> names = new LinkedHashMap<>();
                s.get("names").fields().forEachRemaining(e -> names.put(e.getKey(), e.getValue().asText()));
                Set<String> roles = new LinkedHashSet<>();
                s.get("roles").forEach(r -> roles.add(r.asText()));
                entries.add(new CatalogueEntry(new Service(s.get("code").asText()), number++, names,
                        ServiceKind.fromCode(s.get("kind").asText()).orElseThrow(),
                        s.path("private").asBoolean(false), s.path("consent").asBoolean(false), roles));
            }
            return entries;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Adds the seed's services to an empty catalogue; a catalogue with any service is left as it is. */
    static void into(ServiceCatalogue catalogue) {
        if (catalogue.all().isEmpty()) {
            read().forEach(catalogue::add);
        }
    }
}
