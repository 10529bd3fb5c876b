package com.envgrid.api.shared;

import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The address of the client that sent a request, for per-client limits (login lockout, complaint intake). It is
 * the remote address of the connection. Only when that is a proxy the operator named as trusted
 * ({@code ENVGRID_CLIENTS_TRUSTED_PROXIES}, IP addresses) does {@code X-Forwarded-For} count — read from the
 * right, past the trusted proxies, because everything left of them is whatever the client chose to send.
 */
@Singleton
public class ClientAddresses {
    /** Longer is no address; a forged header must not become an unbounded key. */
    private static final int MAX_LENGTH = 64;
    private final Set<String> trustedProxies = new HashSet<>();

    ClientAddresses(ClientSettings settings) {
        for (String proxy : settings.trustedProxies()) {
            if (!proxy.isBlank()) {
                this.trustedProxies.add(normalised(proxy.strip()));
            }
        }
    }

    public String of(HttpRequest<?> request) {
        String remote = request.getRemoteAddress().getAddress().getHostAddress();
        if (!trustedProxies.contains(remote)) {
            return remote;
        }
        List<String> hops = request.getHeaders().getAll("X-Forwarded-For").stream()
                .flatMap(header -> List.of(header.split(",")).stream())
                .map(String::strip).filter(hop -> !hop.isEmpty()).toList();
        for (int i = hops.size() - 1; i >= 0; i--) {
            if (!trustedProxies.contains(hops.get(i))) {
                String client = hops.get(i);
                return client.length() > MAX_LENGTH ? client.substring(0, MAX_LENGTH) : client;
            }
        }
        return remote;
    }

    /** The form the server sees addresses in ({@code ::1} arrives as {@code 0:0:0:0:0:0:0:1}). */
    private static String normalised(String address) {
        try {
            return InetAddress.getByName(address).getHostAddress();
        } catch (UnknownHostException e) {
            throw new IllegalStateException("ENVGRID_CLIENTS_TRUSTED_PROXIES: " + address + " is not an IP address", e);
        }
    }
}
