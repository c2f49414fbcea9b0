package com.consumesafe.api.proxy;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

/** A request as the client sent it to the ingress: its address, and the scheme and port it used. */
final class ForwardedRequest extends HttpServletRequestWrapper {

    private final String client;
    private final String scheme;
    private final int port;

    ForwardedRequest(HttpServletRequest request, String client, String scheme, int port) {
        super(request);
        this.client = client;
        this.scheme = scheme;
        this.port = port;
    }

    @Override
    public String getRemoteAddr() {
        return client;
    }

    // the address, never a reverse lookup of it
    @Override
    public String getRemoteHost() {
        return client;
    }

    @Override
    public String getScheme() {
        return scheme;
    }

    @Override
    public boolean isSecure() {
        return "https".equals(scheme);
    }

    @Override
    public int getServerPort() {
        return port;
    }

    @Override
    public StringBuffer getRequestURL() {
        StringBuffer url = new StringBuffer(scheme).append("://").append(getServerName());
        if (!("https".equals(scheme) && port == 443 || "http".equals(scheme) && port == 80)) {
            url.append(':').append(port);
        }
        return url.append(getRequestURI());
    }
}
