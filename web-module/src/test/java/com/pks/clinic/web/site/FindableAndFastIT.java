package com.pks.clinic.web.site;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.pks.clinic.web.testing.Http;
import com.pks.clinic.web.testing.RunningSite;
import com.pks.clinic.web.testing.SharedSite;

/** What search engines read, and what keeps the site fast: validators, compression, long-lived static files. */
@ExtendWith(SharedSite.class)
class FindableAndFastIT {

    private static final String BASE = "http://localhost:8080";

    @Test
    void pagesCarryCanonicalOpenGraphAndStructuredData(RunningSite site) {
        String home = Http.get(site.uri("/")).body();
        String team = Http.get(site.uri("/our-team")).body();
        assertAll(
                () -> assertTrue(home.contains("<link rel=\"canonical\" href=\"" + BASE + "/\" />"), home),
                () -> assertTrue(home.contains("<meta property=\"og:url\" content=\"" + BASE + "/\" />")),
                () -> assertTrue(home.contains("<meta property=\"og:title\" content=\"Ketamine treatment")),
                () -> assertTrue(home.contains("\"@type\":\"MedicalClinic\"")),
                () -> assertTrue(home.contains("\"telephone\":\"+14068807571\"")),
                () -> assertTrue(home.contains("\"medicalSpecialty\":\"Psychiatric\"")),
                () -> assertTrue(team.contains("<link rel=\"canonical\" href=\"" + BASE + "/our-team\" />")),
                () -> assertTrue(team.contains("{\"@type\":\"Physician\",\"name\":\"William D. Stratford\""), team),
                () -> assertTrue(team.contains("{\"@type\":\"Person\",\"name\":\"Kay Jennings\",\"honorificSuffix\":"
                        + "\"BSN, MHSA, MSN, PMHNP-BC\""), team));
    }

    @Test
    void theSitemapListsEveryPublishedPageAndRobotsPointToIt(RunningSite site) {
        HttpResponse<String> sitemap = Http.get(site.uri("/sitemap.xml"));
        assertEquals(200, sitemap.statusCode());
        assertTrue(sitemap.headers().firstValue("Content-Type").orElseThrow().startsWith("application/xml"));
        for (String path : new String[] {"/", "/about-ketamine", "/how-it-may-work", "/our-team", "/faq",
                "/privacy", "/accessibility"}) {
            assertTrue(sitemap.body().contains("<loc>" + BASE + path + "</loc>"), path);
        }
        HttpResponse<String> robots = Http.get(site.uri("/robots.txt"));
        assertEquals(200, robots.statusCode());
        assertTrue(robots.body().contains("Sitemap: " + BASE + "/sitemap.xml"), robots.body());
        assertTrue(robots.body().contains("Disallow: /admin"));
    }

    @Test
    void aBrowserHoldingThePageGets304(RunningSite site) {
        HttpResponse<String> first = Http.get(site.uri("/about-ketamine"));
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertEquals("no-cache", first.headers().firstValue("Cache-Control").orElseThrow());

        HttpResponse<String> again = Http.send(HttpRequest.newBuilder(site.uri("/about-ketamine"))
                .header("If-None-Match", etag).build());
        assertEquals(304, again.statusCode());
        assertEquals("", again.body());

        HttpResponse<String> other = Http.get(site.uri("/faq"));
        assertNotEquals(etag, other.headers().firstValue("ETag").orElseThrow(), "each page has its own tag");
    }

    @Test
    void textIsCompressedForBrowsersThatAskForIt(RunningSite site) throws IOException {
        HttpResponse<byte[]> page = Http.sendForBytes(HttpRequest.newBuilder(site.uri("/about-ketamine"))
                .header("Accept-Encoding", "gzip").build());
        assertEquals("gzip", page.headers().firstValue("Content-Encoding").orElse("none"));
        try (var unzipped = new GZIPInputStream(new ByteArrayInputStream(page.body()))) {
            assertTrue(new String(unzipped.readAllBytes(), StandardCharsets.UTF_8).contains("<h1>About ketamine</h1>"));
        }
    }

    @Test
    void theStylesheetHasAVersionedUrlAndIsCachedForAYear(RunningSite site) {
        Matcher css = Pattern.compile("href=\"(/jakarta\\.faces\\.resource/css/site\\.css[^\"]*v=[^\"]+)\"")
                .matcher(Http.get(site.uri("/")).body());
        assertTrue(css.find(), "the stylesheet's URL carries the build");
        HttpResponse<String> stylesheet = Http.get(site.uri(css.group(1).replace("&amp;", "&")));
        assertEquals(200, stylesheet.statusCode());
        String cacheControl = stylesheet.headers().firstValue("Cache-Control").orElse("")
                + stylesheet.headers().firstValue("Expires").orElse("");
        assertTrue(cacheControl.contains("max-age=31536000") || yearAhead(stylesheet), stylesheet.headers().map()
                .toString());
    }

    @Test
    void everyLinkBetweenThePagesWorks(RunningSite site) {
        Matcher locations = Pattern.compile("<loc>" + Pattern.quote(BASE) + "([^<]*)</loc>")
                .matcher(Http.get(site.uri("/sitemap.xml")).body());
        Set<String> pages = new TreeSet<>();
        while (locations.find()) {
            pages.add(locations.group(1));
        }
        pages.addAll(List.of("/contact", "/refer", "/self-check", "/no-such-page"));
        Set<String> links = new TreeSet<>();
        for (String page : pages) {
            Matcher href = Pattern.compile("href=\"(/[^\"#?]*)").matcher(Http.get(site.uri(page)).body());
            while (href.find()) {
                links.add(href.group(1));
            }
        }
        List<String> broken = links.stream()
                .filter(link -> !link.startsWith("/admin"))
                .filter(link -> Http.get(site.uri(link)).statusCode() >= 400)
                .toList();
        assertTrue(links.size() >= 15, "links found: " + links);
        assertTrue(broken.isEmpty(), "broken links: " + broken);
    }

    private static boolean yearAhead(HttpResponse<String> response) {
        return response.headers().firstValue("Expires")
                .map(expires -> ZonedDateTime.parse(expires, DateTimeFormatter.RFC_1123_DATE_TIME)
                        .isAfter(ZonedDateTime.now().plusDays(300)))
                .orElse(false);
    }
}
