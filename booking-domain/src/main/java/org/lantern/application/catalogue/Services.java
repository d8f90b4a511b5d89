package org.lantern.application.catalogue;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.lantern.application.booking.InvalidInputException;
import org.lantern.domain.booking.Refusal;
import org.lantern.application.staff.Role;
import org.lantern.domain.booking.CatalogueEntry;
import org.lantern.domain.booking.Service;
import org.lantern.domain.booking.ServiceCatalogue;
import org.lantern.domain.booking.ServiceKind;
import org.lantern.domain.booking.SharedNames;

/**
 * The service catalogue a manager keeps: a service is added with its names in the languages Lantern speaks, its
 * kind, whether it is private, and the roles that run it; later its names and roles can change. Input is checked
 * whole before anything is kept, so a refusal changes nothing.
 *
 * <p>What never changes once added: the code (events, bookings and addresses carry it), the kind (its sessions are
 * shaped by it) and whether it is private (shared screens built while it was not would have named it; a service
 * that must become private is added again under a new code).
 */
public class Services {

    public static final int MAX_SERVICES = 60;
    public static final int MAX_NAME = 80;
    private static final Pattern TEXT = Pattern.compile("[^\\p{Cntrl}<>]+");
    /** Codes other parts of Lantern already give a meaning: a private appointment's shared name, the night centre. */
    private static final Pattern RESERVED = Pattern.compile("private(-.*)?|night-.*");

    /** A service as a person reads it, in their language. */
    public record Shown(String code, String name, String kind) {
    }

    private final ServiceCatalogue catalogue;
    private final List<String> languages;

    /** @param languages the languages Lantern speaks: a service's names are in these, English always */
    public Services(ServiceCatalogue catalogue, List<String> languages) {
        this.catalogue = catalogue;
        this.languages = List.copyOf(languages);
    }

    public List<CatalogueEntry> all() {
        return catalogue.all();
    }

    /** The services a person may see listed: every one but the private ones, whose names only the pages reveal. */
    public List<Shown> publicIn(Locale locale) {
        return catalogue.all().stream().filter(e -> !e.isPrivate())
                .map(e -> new Shown(e.code(), e.name(locale), e.kind().code())).toList();
    }

    public CatalogueEntry add(String code, Map<String, String> names, String kind, Boolean isPrivate,
                              Boolean asksConsent, List<String> roles) {
        String checkedCode = code == null ? "" : code.strip();
        if (!Service.isCode(checkedCode) || RESERVED.matcher(checkedCode).matches()) {
            throw new InvalidInputException("error.service-code");
        }
        ServiceKind checkedKind = ServiceKind.fromCode(kind == null ? "" : kind.strip())
                .orElseThrow(() -> new InvalidInputException("error.service-kind"));
        CatalogueEntry entry = new CatalogueEntry(new Service(checkedCode), 0, names(names), checkedKind,
                Boolean.TRUE.equals(isPrivate), Boolean.TRUE.equals(asksConsent), roles(roles));
        if (catalogue.all().size() >= MAX_SERVICES) {
            throw new InvalidInputException("error.service-too-many");
        }
        if (!catalogue.add(entry)) {
            throw new InvalidInputException("error.service-exists", Refusal.Kind.CONFLICT);
        }
        return catalogue.find(checkedCode).orElseThrow();
    }

    /** New names and roles for a service; its code, kind and privacy stay (see the class). */
    public CatalogueEntry change(String code, Map<String, String> names, List<String> roles) {
        CatalogueEntry old = catalogue.find(code).orElseThrow(() -> new InvalidInputException("error.service",
                Refusal.Kind.NOT_FOUND));
        CatalogueEntry changed = new CatalogueEntry(old.service(), old.number(), names(names), old.kind(),
                old.isPrivate(), old.asksConsent(), roles(roles));
        catalogue.replace(changed);
        return catalogue.find(code).orElseThrow();
    }

    private Map<String, String> names(Map<String, String> names) {
        if (names == null || names.get("en") == null || names.get("en").isBlank()) {
            throw new InvalidInputException("error.service-names");
        }
        Map<String, String> checked = new LinkedHashMap<>();
        for (Map.Entry<String, String> name : names.entrySet()) {
            if (!languages.contains(name.getKey())) {
                throw new InvalidInputException("error.service-names");
            }
            String text = name.getValue() == null ? "" : name.getValue().strip();
            if (text.isEmpty()) {
                continue;
            }
            if (text.length() > MAX_NAME || !TEXT.matcher(text).matches()
                    || SharedNames.PRIVATE.equalsIgnoreCase(text)) {
                throw new InvalidInputException("error.service-names");
            }
            checked.put(name.getKey(), text);
        }
        return checked;
    }

    private static Set<String> roles(List<String> roles) {
        if (roles == null || roles.isEmpty()) {
            throw new InvalidInputException("error.service-roles");
        }
        Set<String> checked = new LinkedHashSet<>();
        for (String role : roles) {
            Role known = Role.parse(role).filter(r -> r != Role.NIGHT_STAFF)
                    .orElseThrow(() -> new InvalidInputException("error.service-roles"));
            if (known != Role.MANAGER) {
                checked.add(known.name()); // a manager may open every list anyway
            }
        }
        if (checked.isEmpty()) {
            throw new InvalidInputException("error.service-roles");
        }
        return checked;
    }

    /**
     * The roles that may run a service, for forms: the staff who hold sessions and reception (night staff run the
     * night centre, which is not a catalogue service; a manager may open every list anyway).
     */
    public static List<String> roleNames() {
        return Arrays.stream(Role.values()).filter(r -> r != Role.MANAGER && r != Role.NIGHT_STAFF).map(Role::name)
                .toList();
    }
}
