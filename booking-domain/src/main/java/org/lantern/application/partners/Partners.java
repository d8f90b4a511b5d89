package org.lantern.application.partners;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.lantern.application.booking.InvalidInputException;

/**
 * The partner directory a manager keeps (a national safety-alert scheme, housing or legal advice), shown to
 * everyone in the person's language when the manager wrote it in that language, in English otherwise. Input is
 * checked whole before anything is kept.
 */
public class Partners {

    public static final int MAX_PARTNERS = 40;
    private static final Pattern TEXT = Pattern.compile("[^\\p{Cntrl}<>]+");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");

    /** A partner as one person reads it, in their language. */
    public record Shown(String id, String name, String offer, String contact, List<String> languages) {
    }

    private final PartnerDirectory directory;
    private final Supplier<String> ids;
    private final List<String> pageLanguages;

    /** @param languages the languages Lantern speaks: an offer is written in these, English always */
    public Partners(PartnerDirectory directory, Supplier<String> ids, List<String> languages) {
        this.directory = directory;
        this.ids = ids;
        this.pageLanguages = List.copyOf(languages);
    }

    public List<String> languages() {
        return pageLanguages;
    }

    public List<Shown> shownIn(Locale locale) {
        String language = locale == null ? "en" : locale.getLanguage();
        return directory.all().stream().map(p -> new Shown(p.id(), p.name(),
                p.offers().getOrDefault(language, p.offers().get("en")), p.contact(), p.languages())).toList();
    }

    public PartnerDirectory.Partner add(String name, Map<String, String> offers, String contact,
                                        List<String> languages) {
        String checkedName = text(name, 80, "error.partner-name");
        Map<String, String> checkedOffers = new LinkedHashMap<>();
        if (offers == null || offers.get("en") == null || offers.get("en").isBlank()) {
            throw new InvalidInputException("error.partner-offer");
        }
        for (Map.Entry<String, String> offer : offers.entrySet()) {
            if (!pageLanguages.contains(offer.getKey())) {
                throw new InvalidInputException("error.partner-offer");
            }
            if (offer.getValue() != null && !offer.getValue().isBlank()) {
                checkedOffers.put(offer.getKey(), text(offer.getValue(), 300, "error.partner-offer"));
            }
        }
        String checkedContact = text(contact, 200, "error.partner-contact");
        List<String> checkedLanguages = languages == null ? List.of() : languages.stream()
                .map(l -> l == null ? "" : l.strip().toLowerCase(Locale.ROOT)).filter(l -> !l.isEmpty())
                .distinct().toList();
        if (checkedLanguages.size() > 20 || !checkedLanguages.stream().allMatch(l -> LANGUAGE.matcher(l).matches())) {
            throw new InvalidInputException("error.partner-languages");
        }
        if (directory.all().size() >= MAX_PARTNERS) {
            throw new InvalidInputException("error.partner-list-full");
        }
        PartnerDirectory.Partner partner = new PartnerDirectory.Partner(ids.get(), checkedName, checkedOffers,
                checkedContact, checkedLanguages);
        directory.add(partner);
        return partner;
    }

    public boolean remove(String id) {
        return id != null && id.matches("[a-z0-9-]{1,40}") && directory.remove(id);
    }

    private static String text(String raw, int max, String key) {
        String value = raw == null ? "" : raw.strip();
        if (value.isEmpty() || value.length() > max || !TEXT.matcher(value).matches()) {
            throw new InvalidInputException(key);
        }
        return value;
    }
}
