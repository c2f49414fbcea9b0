package com.consumesafe.api.proxy;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A block of IP addresses in CIDR notation (10.0.0.0/8, fc00::/7, or one address). Text is only ever read as an
 * address literal: a host name is never resolved, so matching costs no DNS lookup whatever a client sends.
 */
record AddressRange(byte[] network, int prefixLength) {

    private static final Pattern IPV4 = Pattern.compile(
            "((25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)");
    // hex groups, colons and an optional dotted tail, starting with a hex digit or a colon: the JDK parses such
    // text as a literal and refuses it when it is none, and never looks it up as a name
    private static final Pattern IPV6 = Pattern.compile("(?=[^:]*:)[0-9A-Fa-f:][0-9A-Fa-f:.]*");
    private static final int MAX_LITERAL_LENGTH = 45;

    AddressRange {
        network = network.clone();
    }

    /** Parses "address/prefix" or a single address; refuses anything else, naming it. */
    static AddressRange parse(String cidr) {
        String text = cidr.strip();
        int slash = text.indexOf('/');
        byte[] address = literal(slash < 0 ? text : text.substring(0, slash)).orElseThrow(() ->
                new IllegalArgumentException("not an IP address range (CIDR, such as 10.0.0.0/8): " + cidr));
        int bits = address.length * Byte.SIZE;
        int prefix;
        try {
            prefix = slash < 0 ? bits : Integer.parseInt(text.substring(slash + 1));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not an IP address range (CIDR, such as 10.0.0.0/8): " + cidr, e);
        }
        if (prefix < 0 || prefix > bits) {
            throw new IllegalArgumentException("prefix length out of range in " + cidr);
        }
        return new AddressRange(address, prefix);
    }

    /** The bytes of an IPv4 or IPv6 literal (IPv4-mapped IPv6 as IPv4); empty for anything else, unresolved. */
    static Optional<byte[]> literal(String text) {
        if (text == null || text.isEmpty() || text.length() > MAX_LITERAL_LENGTH
                || !IPV4.matcher(text).matches() && !IPV6.matcher(text).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByName(text).getAddress());
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }

    boolean contains(byte[] address) {
        if (address.length != network.length) {
            return false;
        }
        int whole = prefixLength / Byte.SIZE;
        if (!Arrays.equals(address, 0, whole, network, 0, whole)) {
            return false;
        }
        int rest = prefixLength % Byte.SIZE;
        int mask = (0xFF << (Byte.SIZE - rest)) & 0xFF;
        return rest == 0 || (address[whole] & mask) == (network[whole] & mask);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AddressRange range && prefixLength == range.prefixLength
                && Arrays.equals(network, range.network);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(network) + prefixLength;
    }

    @Override
    public String toString() {
        try {
            return InetAddress.getByAddress(network).getHostAddress() + "/" + prefixLength;
        } catch (UnknownHostException e) {
            throw new IllegalStateException("an address of 4 or 16 bytes", e);
        }
    }
}
