package com.pks.clinic.web.platform.security;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The first filter: every response gets the {@link SecurityHeaders}, and its redirects are relative, so that no
 * address the site sends is built from the request's {@code Host} header, which any client can set.
 */
@WebFilter(filterName = SecurityHeadersFilter.NAME, asyncSupported = true) // mapped first, in web.xml
public class SecurityHeadersFilter extends HttpFilter {

    static final String NAME = "securityHeaders";

    private static final long serialVersionUID = 1L;

    @Inject
    private SecurityHeaders headers;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        headers.protect(request, response);
        chain.doFilter(request, new RelativeRedirects(response));
    }
}
