package com.pks.clinic.web.platform.security;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/**
 * Redirects as the site wrote them ({@code /contact/received}), where the container would make them absolute from
 * the request's {@code Host} header and scheme: behind a proxy those are the proxy's, and from anyone else they
 * are whatever the client sent. A browser resolves a relative {@code Location} against the address it asked for.
 */
final class RelativeRedirects extends HttpServletResponseWrapper {

    RelativeRedirects(HttpServletResponse response) {
        super(response);
    }

    @Override
    public void sendRedirect(String location) throws IOException {
        send(this, location);
    }

    /**
     * Sends a redirect to {@code location} as it is. Headers and cookies may still follow, as after the container's
     * own redirect; what was written of a body is dropped.
     *
     * @throws IllegalArgumentException for an address a browser would read as another host's ({@code //host},
     *                                  {@code /\host}) or one that would end the header
     */
    static void send(HttpServletResponse response, String location) {
        if (location.startsWith("//") || location.contains("\\") || location.contains("\r")
                || location.contains("\n")) {
            throw new IllegalArgumentException("Not an address of this site to redirect to: " + location);
        }
        if (response.isCommitted()) {
            throw new IllegalStateException("The response has started: too late to redirect to " + location);
        }
        response.resetBuffer();
        response.setStatus(HttpServletResponse.SC_FOUND);
        response.setHeader("Location", location);
    }
}
