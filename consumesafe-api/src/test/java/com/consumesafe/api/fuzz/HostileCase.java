package com.consumesafe.api.fuzz;

import com.consumesafe.api.RawRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * One hostile request, and what its answer must at least be.
 *
 * @param operation    the operation it aims at, for the failure message
 * @param what         the hostile value and where it is
 * @param method       the HTTP method
 * @param target       the request target exactly as sent (raw, possibly malformed, percent-encoding)
 * @param headers      header name/value pairs besides Authorization
 * @param body         the body, or null; with chunked framing, the framed body as sent
 * @param chunked      whether the body goes with Transfer-Encoding: chunked as framed in {@code body}
 * @param field        the field a 400 must name, or null when any named field will do
 * @param statuses     the statuses allowed, or empty for any 4xx (and 2xx, 3xx)
 * @param unnamed400   whether a 400 may name no field: the container refuses a malformed path or framing itself
 */
record HostileCase(String operation, String what, String method, String target, List<String> headers, byte[] body,
                   boolean chunked, String field, Set<Integer> statuses, boolean unnamed400) {

    /** The bytes of the request, with the curator's token when one is given. */
    byte[] request(String bearer) {
        List<String> all = new ArrayList<>(headers);
        if (bearer != null) {
            all.add("Authorization");
            all.add(bearer);
        }
        String[] pairs = all.toArray(String[]::new);
        return chunked ? RawRequest.chunked(method, target, new String(body, StandardCharsets.ISO_8859_1), pairs)
                : RawRequest.of(method, target, body, pairs);
    }

    @Override
    public String toString() {
        return operation + " with " + what;
    }
}
