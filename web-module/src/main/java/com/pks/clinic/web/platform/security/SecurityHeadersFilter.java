package com.pks.clinic.web.platform.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Browser protections on every response. The policy allows only our own origin: no third-party scripts, fonts or
 * trackers can load, so a patient's visit is seen by no one else, and no other site may frame ours. The admin
 * console has the same policy (its pages hold no inline script) and is never cached.
 */
@WebFilter(filterName = SecurityHeadersFilter.NAME, asyncSupported = true) // mapped first, in web.xml
public class SecurityHeadersFilter extends HttpFilter {

    static final String NAME = "securityHeaders";

    private static final long serialVersionUID = 1L;

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; style-src 'self'; "
            + "script-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /** A console address, or an error page (such as the 403 page) shown for one. */
    private static boolean isConsole(HttpServletRequest request) {
        Object failed = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        return ConsoleAuthentication.isConsole(request) || failed instanceof String uri
                && (uri.equals(request.getContextPath() + "/admin") || uri.startsWith(request.getContextPath() + "/admin/"));
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=(), interest-cohort=()");
        response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
        if (isConsole(request)) {
            // the console shows health information and staff accounts: never kept by a browser or a proxy
            response.setHeader("Cache-Control", "no-store");
        }
        chain.doFilter(request, response);
    }
}
