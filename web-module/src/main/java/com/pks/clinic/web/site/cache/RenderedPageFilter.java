package com.pks.clinic.web.site.cache;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.pks.clinic.web.site.PageAddresses;
import com.pks.clinic.web.site.PublicContent;
import com.pks.clinic.web.site.SiteChrome;

/**
 * Serves a public page that every anonymous reader sees alike from memory, rendered once until anything it shows is
 * republished (the same changes that empty {@link PublicContent}). Only a plain GET without a session or a query
 * string to a page's clean address is served so, and only a page whose rendering was a 200 that set no cookie, opened
 * no session, is not {@code no-store}, holds no ViewState and was drawn with the stored details: the forms, the confirmations, the self-checks and the console are always
 * rendered. The security headers are set before this filter, on every request, as they always are, and not again
 * inside the rendering it keeps (web.xml), so that none that depends on the request is kept. Mapped after
 * them, in web.xml, on the request itself: ahead of OmniFaces' forward of a clean URL to its view, which a page from
 * memory therefore does not pay for.
 */
@WebFilter(filterName = RenderedPageFilter.NAME, asyncSupported = true)
public class RenderedPageFilter extends HttpFilter {

    static final String NAME = "renderedPages";

    private static final long serialVersionUID = 1L;

    /** Far more than the site has pages: only addresses that rendered a 200 are kept. */
    private static final int MOST_PAGES = 500;

    private final Map<String, RenderedPage> pages = new ConcurrentHashMap<>();

    @Inject
    private PublicContent content;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!anonymousRead(request)) {
            chain.doFilter(request, response);
            return;
        }
        String address = request.getRequestURI();
        long changes = content.changes(); // read before rendering: a change during it makes the page stale at once
        RenderedPage page = pages.get(address);
        if (page != null && page.changes() == changes) {
            page.writeTo(request, response);
            return;
        }
        CapturedResponse rendered = new CapturedResponse(response);
        chain.doFilter(request, rendered);
        if (!sameForEveryone(request, rendered)) {
            rendered.passOn();
            return;
        }
        if (pages.size() >= MOST_PAGES) {
            pages.clear();
        }
        RenderedPage kept = RenderedPage.of(rendered, changes);
        pages.put(address, kept);
        kept.writeTo(request, response);
    }

    private static boolean anonymousRead(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return "GET".equals(request.getMethod()) && request.getQueryString() == null
                && request.getRequestedSessionId() == null && PageAddresses.isPublicPage(path);
    }

    private static boolean sameForEveryone(HttpServletRequest request, CapturedResponse rendered) {
        String type = rendered.getContentType();
        String cacheControl = rendered.getHeader("Cache-Control");
        return rendered.status() == HttpServletResponse.SC_OK && type != null && type.startsWith("text/html")
                && !rendered.cookieSet() && request.getSession(false) == null
                && request.getAttribute(SiteChrome.WITHOUT_STORED_DETAILS) == null
                && (cacheControl == null || !cacheControl.contains("no-store") && !cacheControl.contains("private"))
                && !new String(rendered.body(), StandardCharsets.UTF_8).contains("jakarta.faces.ViewState");
    }
}
