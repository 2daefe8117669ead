package com.pks.clinic.web.platform.client;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What a request's forwarded headers may say about it: believed only from the proxies that
 * {@code clinic.trusted-proxies} names (read once).
 */
@ApplicationScoped
public class ForwardedHeaders {

    private static final Logger LOG = Logger.getLogger(ForwardedHeaders.class.getName());

    @Inject
    @ConfigProperty(name = "clinic.trusted-proxies", defaultValue = " ")
    String trustedProxies;

    private TrustedProxies proxies;

    @PostConstruct
    void readSetting() {
        try {
            proxies = TrustedProxies.of(trustedProxies);
        } catch (IllegalArgumentException wrong) {
            // every response asks this bean: a mistyped setting must not break them all, and trusting nobody is safe
            LOG.log(Level.SEVERE, "{0}. No proxy is trusted until the setting is corrected and the site restarted: "
                    + "every client counts by the address it connects from.", wrong.getMessage());
            proxies = TrustedProxies.of(" ");
        }
    }

    /** The client's network address. */
    public String clientOf(HttpServletRequest request) {
        return proxies.client(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"));
    }

    /** Whether the client's browser reached the site over HTTPS (through a trusted proxy that ended TLS). */
    public boolean overHttps(HttpServletRequest request) {
        return proxies.overHttps(request.getRemoteAddr(), request.getHeader("X-Forwarded-Proto"), request.isSecure());
    }
}
