package org.lantern.ui.web;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.SimpleLocaleContext;
import org.springframework.http.HttpCookie;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.i18n.LocaleContextResolver;

/**
 * The person's language: a choice made with ?lang= (remembered in a cookie), else the browser's preference,
 * else English. Only languages we have full text for are offered.
 */
@Component("localeContextResolver")
public class LanguageResolver implements LocaleContextResolver {

    public static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.forLanguageTag("es"),
            Locale.forLanguageTag("pt"), Locale.forLanguageTag("ro"), Locale.forLanguageTag("pl"),
            Locale.forLanguageTag("zh"));
    /** The codes of the languages offered, in the order the switcher lists them. */
    public static final List<String> CODES = SUPPORTED.stream().map(Locale::getLanguage).toList();
    static final String COOKIE = "lang";

    @Override
    public LocaleContext resolveLocaleContext(ServerWebExchange exchange) {
        String chosen = exchange.getRequest().getQueryParams().getFirst(COOKIE);
        Locale fromParam = supported(chosen);
        if (fromParam != null) {
            exchange.getResponse().addCookie(ResponseCookie.from(COOKIE, fromParam.getLanguage()).path("/")
                    .httpOnly(true).sameSite("Lax").maxAge(Duration.ofDays(365)).build());
            return new SimpleLocaleContext(fromParam);
        }
        HttpCookie cookie = exchange.getRequest().getCookies().getFirst(COOKIE);
        Locale fromCookie = cookie == null ? null : supported(cookie.getValue());
        if (fromCookie != null) {
            return new SimpleLocaleContext(fromCookie);
        }
        List<Locale.LanguageRange> ranges;
        try {
            ranges = exchange.getRequest().getHeaders().getAcceptLanguage();
        } catch (IllegalArgumentException e) {
            ranges = List.of();
        }
        Locale best = Locale.lookup(ranges, SUPPORTED);
        return new SimpleLocaleContext(best == null ? Locale.ENGLISH : best);
    }

    @Override
    public void setLocaleContext(ServerWebExchange exchange, LocaleContext localeContext) {
        throw new UnsupportedOperationException("The language is chosen with ?lang=");
    }

    private static Locale supported(String tag) {
        if (tag == null) {
            return null;
        }
        return SUPPORTED.stream().filter(l -> l.getLanguage().equals(tag)).findFirst().orElse(null);
    }
}
