package com.pks.clinic.web.site;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.pks.clinic.web.testing.Http;
import com.pks.clinic.web.testing.RunningSite;
import com.pks.clinic.web.testing.SharedSite;

/** The home page and the site's plumbing over HTTP, against the packed WAR on Payara Micro. */
@ExtendWith(SharedSite.class)
class HomePageIT {

    private static final String SEEDED_TITLE = "Ketamine treatment for depression that other treatments have not reached";

    @Test
    void theHomePageShowsTheSeededPageAtTheCleanUrl(RunningSite site) {
        HttpResponse<String> home = Http.get(site.uri("/"));

        assertEquals(200, home.statusCode());
        assertAll(
                () -> assertTrue(home.body().contains("<h1>" + SEEDED_TITLE + "</h1>"), home.body()),
                () -> assertTrue(home.body().contains("<title>" + SEEDED_TITLE), home.body()),
                () -> assertTrue(home.body().contains("Thomas Insel"), home.body()),
                () -> assertTrue(home.body().contains("href=\"tel:988\""), "the crisis line is in the template"),
                () -> assertTrue(home.headers().firstValue("Content-Type").orElseThrow().startsWith("text/html")));
    }

    @Test
    void aReaderGetsNoSessionCookie(RunningSite site) {
        HttpResponse<String> home = Http.get(site.uri("/"));
        assertEquals(200, home.statusCode());
        assertTrue(home.headers().allValues("Set-Cookie").isEmpty(), home.headers().toString());
    }

    @Test
    void theFaceletsFileNameIsNoAddressOfTheSite(RunningSite site) {
        for (String path : new String[] {"/index.xhtml", "/contact.xhtml", "/about-ketamine.xhtml"}) {
            HttpResponse<String> file = Http.get(site.uri(path));
            assertEquals(404, file.statusCode(), path);
            assertTrue(file.body().contains("href=\"tel:988\""), "the error page, with the crisis line");
        }
    }

    @Test
    void everyResponseCarriesTheSecurityHeadersAndNoServerName(RunningSite site) {
        HttpResponse<String> home = Http.get(site.uri("/"));
        assertAll(
                () -> assertTrue(home.headers().firstValue("Content-Security-Policy").orElseThrow()
                        .contains("default-src 'self'")),
                () -> assertEquals("nosniff", home.headers().firstValue("X-Content-Type-Options").orElseThrow()),
                () -> assertEquals("no-referrer", home.headers().firstValue("Referrer-Policy").orElseThrow()),
                () -> assertTrue(home.headers().firstValue("Server").isEmpty()),
                () -> assertTrue(home.headers().firstValue("X-Powered-By").isEmpty()));
    }

    @Test
    void healthSaysUpAndNothingMore(RunningSite site) {
        HttpResponse<String> health = Http.get(site.uri("/health"));
        assertEquals(200, health.statusCode());
        assertEquals("{\"status\":\"UP\"}", health.body());
    }

    @Test
    void payarasOwnEndpointsAndTemplateFilesAreNotServed(RunningSite site) {
        for (String path : new String[] {"/metrics", "/openapi", "/health/ready", "/WEB-INF/web.xml",
                "/WEB-INF/templates/public.xhtml", "/WEB-INF/includes/crisis.xhtml"}) {
            HttpResponse<String> response = Http.get(site.uri(path));
            assertEquals(404, response.statusCode(), path);
            assertFalse(response.body().contains("Payara"), path + " names the server");
        }
    }

    @Test
    void anUnknownPageIsA404WithTheCrisisLine(RunningSite site) {
        HttpResponse<String> missing = Http.get(site.uri("/no-such-page"));
        assertEquals(404, missing.statusCode());
        assertTrue(missing.body().contains("href=\"tel:988\""), missing.body());
        assertTrue(missing.body().contains("We could not find that page"), missing.body());
    }
}
