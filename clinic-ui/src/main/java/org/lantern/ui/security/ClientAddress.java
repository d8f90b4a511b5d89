package org.lantern.ui.security;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.HexFormat;
import org.springframework.web.server.ServerWebExchange;

/**
 * Whom a limit counts: the remote address of the request, as Spring's forwarded-header support leaves it
 * when Lantern runs behind a trusted proxy (docs/security.md). IPv6 addresses count by their /64 network,
 * since one device can easily hold a whole /64.
 */
public final class ClientAddress {

    private static final String UNKNOWN = "unknown";

    private ClientAddress() {
    }

    public static String of(ServerWebExchange exchange) {
        InetSocketAddress remote = exchange.getRequest().getRemoteAddress();
        if (remote == null || remote.getAddress() == null) {
            return UNKNOWN;
        }
        return key(remote.getAddress());
    }

    static String key(InetAddress address) {
        if (address instanceof Inet6Address) {
            byte[] bytes = address.getAddress();
            return HexFormat.of().formatHex(bytes, 0, 8) + "::/64";
        }
        return address.getHostAddress();
    }
}
