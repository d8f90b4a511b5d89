package org.lantern.ui.web;

import java.io.Serializable;
import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.springframework.ui.Model;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebSession;
import reactor.core.publisher.Mono;

/**
 * The secret is shown once (issue 13, item 1): a booking's receipt waits in the person's page session for the
 * one page that shows it, and is gone after. Reload, or Back and Reload, finds nothing to show, and a form that
 * is sent again with a key whose receipt was already shown books nothing new and shows no secret. The one
 * exception is the language switch on that page: it carries a single-use token, so the person can read the
 * secret in their own language, but a replay of that switch shows nothing either.
 */
public final class ShownOnce {

    private static final String WAITING = ".waiting";
    private static final String ON_SCREEN = ".on-screen";
    private static final String SHOWN_KEYS = "lantern.receipt.shown-keys";
    private static final SecureRandom RANDOM = new SecureRandom();

    /**
     * What the one page shows: the codes, when, and whether the booking holds a place or waits for one. Kept per
     * {@code flow} ("clinic", "night", "course"), so one kind of booking's page never shows another's. A booking of
     * several sessions (a course) lists each one's start in {@code sessions}; otherwise that list is empty.
     */
    public record Receipt(String flow, String reference, String secret, OffsetDateTime startsAt, boolean waiting,
                          boolean privateService, List<OffsetDateTime> sessions, String token)
            implements Serializable {

        public Receipt {
            sessions = sessions == null ? List.of() : List.copyOf(sessions);
        }

        public Receipt(String flow, String reference, String secret, OffsetDateTime startsAt, boolean waiting,
                       boolean privateService) {
            this(flow, reference, secret, startsAt, waiting, privateService, List.of(), null);
        }

        /** A booking of several sessions: each one's start, the first of them being {@code startsAt}. */
        public Receipt(String flow, String reference, String secret, List<OffsetDateTime> sessions) {
            this(flow, reference, secret, sessions.isEmpty() ? null : sessions.get(0), false, false, sessions, null);
        }

        Receipt withNewToken() {
            byte[] bytes = new byte[16];
            RANDOM.nextBytes(bytes);
            return new Receipt(flow, reference, secret, startsAt, waiting, privateService, sessions,
                    HexFormat.of().formatHex(bytes));
        }

        @Override
        public String toString() {
            return "Receipt[" + reference + "]";
        }
    }

    private ShownOnce() {
    }

    /** The page that says the booking is made, for an address whose receipt was already shown. */
    public static final String ALREADY_SHOWN_PAGE = "booked-shown";

    /** The form's retry key, or null for a form that sent none. */
    public static String formKey(String sent) {
        return sent == null || sent.isBlank() ? null : sent;
    }

    /**
     * Keeps the receipt for its one page, unless this form's receipt was handed out already: the same form again
     * (Back, then Reload) finds its booking standing, and its secret is not shown twice.
     */
    public static void keepOnce(WebSession session, String key, Supplier<Receipt> receipt) {
        if (!alreadyShown(session, key)) {
            keep(session, key, receipt.get());
        }
    }

    /** The done page (GET): the receipt waiting for its one showing, drawn by {@code page}. */
    public static Mono<String> showWaiting(ServerWebExchange exchange, String flow, Function<Receipt, String> page) {
        return exchange.getSession().map(session -> shown(take(session, flow), page));
    }

    /** The done page's language switch (POST): the receipt once more for the page's single-use token. */
    public static Mono<String> showAgain(ServerWebExchange exchange, String flow, String token,
                                         Function<Receipt, String> page) {
        return exchange.getSession().map(session -> shown(again(session, flow, token), page));
    }

    /**
     * Puts a receipt on its page with the page's language switch (which sends the token back to
     * {@code doneAddress}) and answers {@code view}.
     */
    public static String onPage(Model model, Receipt receipt, String doneAddress, String view) {
        model.addAttribute("receipt", receipt);
        model.addAttribute("langForm", "language-again");
        model.addAttribute("langAction", doneAddress);
        return view;
    }

    private static String shown(Receipt receipt, Function<Receipt, String> page) {
        return receipt == null ? ALREADY_SHOWN_PAGE : page.apply(receipt);
    }

    /** Whether the receipt of a form with this key was already handed to this browser. */
    public static boolean alreadyShown(WebSession session, String key) {
        Set<String> shown = session.getAttribute(SHOWN_KEYS);
        return key != null && shown != null && shown.contains(key);
    }

    /** Keeps the receipt for the page that shows it; the form's key will not show it a second time. */
    public static void keep(WebSession session, String key, Receipt receipt) {
        if (key != null) {
            Set<String> shown = session.getAttribute(SHOWN_KEYS);
            Set<String> more = shown == null ? new HashSet<>() : new HashSet<>(shown);
            more.add(key);
            session.getAttributes().put(SHOWN_KEYS, more);
        }
        session.getAttributes().put(receipt.flow() + WAITING, receipt);
        session.getAttributes().remove(receipt.flow() + ON_SCREEN);
    }

    /** The receipt for its one showing, or null when it was shown already; either way it is not waiting now. */
    public static Receipt take(WebSession session, String flow) {
        Receipt waiting = (Receipt) session.getAttributes().remove(flow + WAITING);
        session.getAttributes().remove(flow + ON_SCREEN);
        return waiting == null ? null : onScreen(session, waiting);
    }

    /** The receipt once more for a language switch with the page's token, or null for a stale or replayed one. */
    public static Receipt again(WebSession session, String flow, String token) {
        Receipt shown = (Receipt) session.getAttributes().remove(flow + ON_SCREEN);
        return shown == null || token == null || !token.equals(shown.token()) ? null : onScreen(session, shown);
    }

    private static Receipt onScreen(WebSession session, Receipt receipt) {
        Receipt fresh = receipt.withNewToken();
        session.getAttributes().put(receipt.flow() + ON_SCREEN, fresh);
        return fresh;
    }
}
