package com.pks.clinic.web.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Set;

import com.pks.clinic.web.platform.client.ForwardedHeaders;

/**
 * Browser protections on every response. The policy allows only our own origin: no third-party scripts, fonts or
 * trackers can load, so a patient's visit is seen by no one else, and no other site may frame ours. The admin
 * console has the same policy (its pages hold no inline script) and is never cached, with two exceptions of its
 * own: the page editor, whose TinyMCE needs inline styles and data:/blob: images, and the draft preview, which the
 * console's preview screen frames. A browser that reached the site over HTTPS is told to come back over it alone.
 */
@ApplicationScoped
public class SecurityHeaders {

    @Inject
    private ForwardedHeaders forwarded;

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; style-src 'self'; "
            + "script-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /** TinyMCE sets styles inline on its toolbar and dialogs and shows pasted images as data: or blob: URLs. */
    static final String EDITOR_POLICY = CONTENT_SECURITY_POLICY
            .replace("img-src 'self' data:;", "img-src 'self' data: blob:;")
            .replace("style-src 'self';", "style-src 'self' 'unsafe-inline';");

    /** The draft preview may be framed by the console itself, and by nothing else. */
    static final String PREVIEW_POLICY = CONTENT_SECURITY_POLICY.replace("frame-ancestors 'none'", "frame-ancestors 'self'");

    /** A year; subdomains are left out, since the clinic's other hosts (mail, say) may not all have HTTPS. */
    static final String STRICT_TRANSPORT_SECURITY = "max-age=31536000";

    /**
     * The public pages that show what a person typed or answered: the forms sent back, the self-check results, the
     * confirmations.
     */
    private static final Set<String> PRIVATE_PAGES = Set.of("/contact", "/contact/received", "/refer",
            "/refer/received", "/self-check");

    /** The screens with the formatted-text editor. */
    private static final Set<String> EDITOR_PAGES = Set.of("/admin/pages/edit", "/admin/lists/edit");
    /** The drafts drawn through the public template, inside the console's preview frame. */
    private static final Set<String> PREVIEW_PAGES = Set.of("/admin/pages/draft", "/admin/lists/draft",
            "/admin/clinic/draft");

    /**
     * The address as a page is known, whatever form the request gave it: without the context path, path parameters
     * ({@code ;jsessionid=…}), a trailing slash or {@code .xhtml}.
     */
    static String pageOf(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        int parameters = path.indexOf(';');
        path = parameters < 0 ? path : path.substring(0, parameters);
        path = path.endsWith("/") && path.length() > 1 ? path.substring(0, path.length() - 1) : path;
        return path.endsWith(".xhtml") ? path.substring(0, path.length() - ".xhtml".length()) : path;
    }

    private static boolean isPrivate(String page) {
        return PRIVATE_PAGES.contains(page) || page.startsWith("/self-check/");
    }

    /** A console address, or an error page (such as the 403 page) shown for one. */
    private static boolean isConsole(HttpServletRequest request) {
        Object failed = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        return ConsoleAuthentication.isConsole(request) || failed instanceof String uri
                && (uri.equals(request.getContextPath() + "/admin") || uri.startsWith(request.getContextPath() + "/admin/"));
    }

    /** Sets the headers for this response: in {@link SecurityHeadersFilter}, and where one is sent before it runs. */
    void protect(HttpServletRequest request, HttpServletResponse response) {
        String page = pageOf(request);
        boolean preview = PREVIEW_PAGES.contains(page);
        response.setHeader("Content-Security-Policy", EDITOR_PAGES.contains(page) ? EDITOR_POLICY
                : preview ? PREVIEW_POLICY : CONTENT_SECURITY_POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", preview ? "SAMEORIGIN" : "DENY");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=(), interest-cohort=()");
        response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
        if (forwarded.overHttps(request)) { // never over plain HTTP, where RFC 6797 forbids it
            response.setHeader("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
        }
        if (isConsole(request) || isPrivate(page)) {
            // the console shows health information and staff accounts, the forms what a person wrote: never kept
            // by a browser or a proxy
            response.setHeader("Cache-Control", "no-store");
        }
    }
}
