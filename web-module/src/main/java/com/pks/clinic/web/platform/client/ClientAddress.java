package com.pks.clinic.web.platform.client;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The one source of the client's network address in the web layer (for audit records and per-client limits),
 * proxy-aware as {@link TrustedProxies} says.
 */
@RequestScoped
public class ClientAddress {

    @Inject
    private HttpServletRequest request;

    @Inject
    @ConfigProperty(name = "clinic.trusted-proxies", defaultValue = " ")
    String trustedProxies;

    /** The client's address, as the audit log records it. */
    public String get() {
        return TrustedProxies.of(trustedProxies).client(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"));
    }

    /** What per-client limits count by (an IPv6 client by its /64). */
    public String limitKey() {
        return TrustedProxies.limitKey(get());
    }
}
