package com.consumesafe.api.proxy;

import java.util.List;
import java.util.Optional;

/**
 * The proxies whose X-Forwarded-For is believed, by address range. The client is the first address, read from the
 * right (the nearest hop), that is not a trusted proxy; an entry that is not an address literal ends the walk.
 */
final class TrustedProxies {

    private final List<AddressRange> ranges;

    TrustedProxies(List<AddressRange> ranges) {
        this.ranges = List.copyOf(ranges);
    }

    static TrustedProxies of(List<String> cidrs) {
        return new TrustedProxies(cidrs.stream().filter(cidr -> !cidr.isBlank()).map(AddressRange::parse).toList());
    }

    /** Whether the address (a literal, as a socket reports it) is one of the trusted proxies. */
    boolean trusts(String address) {
        return AddressRange.literal(address).map(this::covers).orElse(false);
    }

    /**
     * The client's address: the peer itself when it is not trusted, else the nearest untrusted hop of the
     * X-Forwarded-For entries (in header order, nearest last); the last trusted hop when none is an untrusted
     * address literal.
     */
    String client(String peer, List<String> forwardedFor) {
        if (!trusts(peer)) {
            return peer;
        }
        String client = peer;
        for (int i = forwardedFor.size() - 1; i >= 0; i--) {
            String hop = forwardedFor.get(i).strip();
            Optional<byte[]> address = AddressRange.literal(hop);
            if (address.isEmpty()) {
                return client;
            }
            client = hop;
            if (!covers(address.get())) {
                return hop;
            }
        }
        return client;
    }

    private boolean covers(byte[] address) {
        return ranges.stream().anyMatch(range -> range.contains(address));
    }
}
