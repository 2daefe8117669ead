package com.pks.clinic.web.site;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.regex.Pattern;

import com.pks.clinic.content.api.PageViews;

/**
 * Counts what visitors read, on the server, with no cookie, no script and no stored address: each public page
 * (HTML, not {@code /health}) served whole (200) to a reader that does not call itself a robot, with the domain of
 * the site they came from.
 * Mapped on the request, before the page memory (web.xml), so that a page served from memory counts too.
 */
@WebFilter(filterName = ReadershipFilter.NAME, asyncSupported = true)
public class ReadershipFilter extends HttpFilter {

    static final String NAME = "readership";

    private static final long serialVersionUID = 1L;

    /** The words that robots, crawlers and the tools that measure pages put in their name. */
    private static final Pattern ROBOT = Pattern.compile("bot|crawl|spider|slurp|preview|lighthouse|headless|curl|"
            + "wget|python|java/|http-client|httpclient|monitor|wrk", Pattern.CASE_INSENSITIVE);

    @Inject
    private PageViews views;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        chain.doFilter(request, response);
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String type = response.getContentType();
        if ("GET".equals(request.getMethod()) && response.getStatus() == HttpServletResponse.SC_OK
                && type != null && type.startsWith("text/html") && PageAddresses.isPublicPage(path)
                && !isRobot(request.getHeader("User-Agent"))) {
            views.count(path, referringDomain(request));
        }
    }

    private static boolean isRobot(String userAgent) {
        return userAgent == null || userAgent.isBlank() || ROBOT.matcher(userAgent).find();
    }

    /** The domain of the page that linked here ({@code www.} left off), or null for none, this site, or nonsense. */
    static String referringDomain(HttpServletRequest request) {
        String referer = request.getHeader("Referer");
        if (referer == null) {
            return null;
        }
        try {
            String host = URI.create(referer.strip()).getHost();
            if (host == null || host.equalsIgnoreCase(request.getServerName())) {
                return null;
            }
            host = host.toLowerCase(Locale.ROOT);
            return host.startsWith("www.") ? host.substring(4) : host;
        } catch (IllegalArgumentException malformed) {
            return null;
        }
    }
}
