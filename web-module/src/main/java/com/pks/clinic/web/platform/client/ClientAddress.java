package com.pks.clinic.web.platform.client;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The one source of the client's network address in the web layer (for audit records and per-client limits),
 * proxy-aware as {@link ForwardedHeaders} says.
 */
@RequestScoped
public class ClientAddress {

    @Inject
    private HttpServletRequest request;

    @Inject
    private ForwardedHeaders forwarded;

    /** The client's address, as the audit log records it. */
    public String get() {
        return forwarded.clientOf(request);
    }

    /** What per-client limits count by (an IPv6 client by its /64). */
    public String limitKey() {
        return TrustedProxies.limitKey(get());
    }
}
