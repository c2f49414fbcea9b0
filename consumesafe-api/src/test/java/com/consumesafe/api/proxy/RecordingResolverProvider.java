package com.consumesafe.api.proxy;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.net.spi.InetAddressResolver;
import java.net.spi.InetAddressResolverProvider;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The JVM's name resolver for the test JVMs (registered in META-INF/services): it resolves as the built-in one does
 * and remembers every name it was asked for, so that a test can tell whether a request cost a DNS lookup.
 */
public class RecordingResolverProvider extends InetAddressResolverProvider {

    private static final Set<String> LOOKED_UP = ConcurrentHashMap.newKeySet();

    /** Whether anything in this JVM asked to resolve the name. */
    static boolean lookedUp(String name) {
        return LOOKED_UP.contains(name);
    }

    @Override
    public InetAddressResolver get(Configuration configuration) {
        InetAddressResolver builtin = configuration.builtinResolver();
        return new InetAddressResolver() {
            @Override
            public Stream<InetAddress> lookupByName(String host, LookupPolicy policy) throws UnknownHostException {
                LOOKED_UP.add(host);
                return builtin.lookupByName(host, policy);
            }

            @Override
            public String lookupByAddress(byte[] address) throws UnknownHostException {
                return builtin.lookupByAddress(address);
            }
        };
    }

    @Override
    public String name() {
        return "recording";
    }
}
