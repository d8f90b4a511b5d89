package org.lantern.ui.web;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Optional;
import org.lantern.domain.booking.CatalogueEntry;
import org.lantern.domain.booking.ServiceCatalogue;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.HierarchicalMessageSource;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.AbstractMessageSource;

/**
 * A service's name comes from the catalogue, in the asked language: {@code service.<code>} (and, where the
 * message bundles have no wording of their own, {@code book.choose.<code>} and {@code reminder.service.<code>}).
 * The catalogue is the bundles' parent, so a bundle's own sentence wins and the templates ask for every service's
 * name the same way they always did.
 */
@Configuration(proxyBeanMethods = false)
public class CatalogueMessages {

    CatalogueMessages(@Qualifier("messageSource") MessageSource messageSource, ServiceCatalogue catalogue) {
        if (messageSource instanceof HierarchicalMessageSource bundles) {
            bundles.setParentMessageSource(new Names(catalogue));
        }
    }

    public static final class Names extends AbstractMessageSource {

        private static final String[] PREFIXES = {"service.", "book.choose.", "reminder.service."};

        private final ServiceCatalogue catalogue;

        public Names(ServiceCatalogue catalogue) {
            this.catalogue = catalogue;
        }

        @Override
        protected MessageFormat resolveCode(String code, Locale locale) {
            return name(code, locale).map(n -> new MessageFormat(n.replace("'", "''"), locale)).orElse(null);
        }

        @Override
        protected String resolveCodeWithoutArguments(String code, Locale locale) {
            return name(code, locale).orElse(null);
        }

        private Optional<String> name(String code, Locale locale) {
            for (String prefix : PREFIXES) {
                if (code.startsWith(prefix)) {
                    return catalogue.find(code.substring(prefix.length())).map(e -> e.name(locale));
                }
            }
            return Optional.empty();
        }
    }
}
