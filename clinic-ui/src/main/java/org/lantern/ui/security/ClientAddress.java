package org.lantern.ui.security;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.HexFormat;
import java.util.regex.Pattern;
import org.springframework.web.server.ServerWebExchange;

/**
 * Whom a limit counts: the remote address of the request, as Spring's forwarded-header support leaves it
 * when Lantern runs behind a trusted proxy (docs/security.md). IPv6 addresses count by their /64 network,
 * since one device can easily hold a whole /64.
 */
public final class ClientAddress {

    private static final String UNKNOWN = "unknown";
    /** A dotted IPv4 address, or anything with a colon (IPv6): never a host name, so parsing never looks one up. */
    private static final Pattern IP_LITERAL = Pattern.compile("[0-9]{1,3}(\\.[0-9]{1,3}){3}|\\[?[0-9A-Fa-f]*:[0-9A-Fa-f:.]*]?");

    private ClientAddress() {
    }

    public static String of(ServerWebExchange exchange) {
        InetSocketAddress remote = exchange.getRequest().getRemoteAddress();
        if (remote == null) {
            return UNKNOWN;
        }
        if (remote.getAddress() != null) {
            return key(remote.getAddress());
        }
        // an address taken from a forwarded header arrives unresolved; a literal IP parses without any look-up
        String host = remote.getHostString();
        if (host == null || !IP_LITERAL.matcher(host).matches()) {
            return host == null ? UNKNOWN : host;
        }
        try {
            return key(InetAddress.getByName(host));
        } catch (UnknownHostException e) {
            return host;
        }
    }

    static String key(InetAddress address) {
        if (address instanceof Inet6Address) {
            byte[] bytes = address.getAddress();
            return HexFormat.of().formatHex(bytes, 0, 8) + "::/64";
        }
        return address.getHostAddress();
    }
}
