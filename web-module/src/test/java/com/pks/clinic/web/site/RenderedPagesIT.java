package com.pks.clinic.web.site;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.pks.clinic.web.testing.Http;
import com.pks.clinic.web.testing.RunningSite;
import com.pks.clinic.web.testing.SharedSite;

/**
 * Public pages served from memory once rendered (RenderedPageFilter), over HTTP: the same bytes and headers as a
 * rendering, a length and one compression, a 304 for a browser's current copy; and never for a reader with a session,
 * a query string or a form. That a publish shows at once, also for a page held in memory, is ContentEditorBrowserIT's.
 */
@ExtendWith(SharedSite.class)
class RenderedPagesIT {

    @Test
    void aPageHeldInMemoryIsTheRenderedPageWithItsLengthAndEveryHeader(RunningSite site) {
        HttpResponse<String> first = Http.get(site.uri("/how-it-differs"));
        HttpResponse<String> held = Http.get(site.uri("/how-it-differs"));
        assertAll(() -> assertEquals(200, held.statusCode()),
                () -> assertEquals(first.body(), held.body()),
                () -> assertEquals(String.valueOf(held.body().getBytes(StandardCharsets.UTF_8).length),
                        held.headers().firstValue("Content-Length").orElse("none"), "its length, made once"),
                () -> assertEquals("Accept-Encoding", held.headers().firstValue("Vary").orElse("none")),
                () -> assertTrue(held.body().contains("href=\"tel:988\""), "the crisis line, as rendered"),
                () -> assertTrue(held.headers().allValues("Set-Cookie").isEmpty()));
        for (String header : new String[] {"Content-Security-Policy", "X-Content-Type-Options", "X-Frame-Options",
                "Referrer-Policy", "Permissions-Policy", "ETag", "Cache-Control", "Content-Type"}) {
            assertEquals(first.headers().allValues(header), held.headers().allValues(header), header);
        }
    }

    @Test
    void aCompressedCopyIsCompressedOnceAndABrowsersCurrentCopyGets304(RunningSite site) throws IOException {
        Http.get(site.uri("/what-to-expect"));
        HttpResponse<byte[]> zipped = Http.sendForBytes(HttpRequest.newBuilder(site.uri("/what-to-expect"))
                .header("Accept-Encoding", "gzip").build());
        assertEquals("gzip", zipped.headers().firstValue("Content-Encoding").orElse("none"));
        assertEquals(String.valueOf(zipped.body().length), zipped.headers().firstValue("Content-Length").orElseThrow());
        try (var unzipped = new GZIPInputStream(new ByteArrayInputStream(zipped.body()))) {
            assertArrayEquals(Http.get(site.uri("/what-to-expect")).body().getBytes(StandardCharsets.UTF_8),
                    unzipped.readAllBytes(), "unzipped once, it is the page: not compressed a second time");
        }
        String etag = zipped.headers().firstValue("ETag").orElseThrow();
        String plainEtag = Http.get(site.uri("/what-to-expect")).headers().firstValue("ETag").orElseThrow();
        assertNotEquals(plainEtag, etag, "each representation its own strong validator");
        HttpResponse<String> current = Http.send(HttpRequest.newBuilder(site.uri("/what-to-expect"))
                .header("Accept-Encoding", "gzip").header("If-None-Match", etag).build());
        assertEquals(304, current.statusCode());
        assertEquals("", current.body());
    }

    @Test
    void aReaderWithASessionOrAQueryStringGetsAFreshRendering(RunningSite site) {
        Http.get(site.uri("/faq"));
        HttpResponse<String> withSession = Http.send(HttpRequest.newBuilder(site.uri("/faq"))
                .header("Cookie", "JSESSIONID=someone-who-sent-a-form").build());
        HttpResponse<String> withQuery = Http.get(site.uri("/faq?utm_source=x"));
        HttpResponse<String> otherSpelling = Http.get(site.uri("/faq;x=1"));
        assertAll(() -> assertEquals(200, withSession.statusCode()),
                () -> assertTrue(Http.get(site.uri("/faq")).headers().firstValue("Vary").isPresent(), "held"),
                () -> assertTrue(withSession.headers().firstValue("Vary").isEmpty(),
                        "rendered for them (only a page from memory says Vary to a reader who takes no gzip): "
                                + withSession.headers().map()),
                () -> assertTrue(withQuery.headers().firstValue("Vary").isEmpty(), "rendered"),
                () -> assertTrue(otherSpelling.headers().firstValue("Vary").isEmpty(), "another spelling: rendered"));
    }

    @Test
    void theFormsAndTheSelfCheckAreNeverHeldInMemory(RunningSite site) {
        for (String form : new String[] {"/contact", "/refer"}) {
            HttpResponse<String> one = Http.get(site.uri(form));
            HttpResponse<String> two = Http.get(site.uri(form));
            assertAll(form,
                    () -> assertFalse(two.headers().allValues("Set-Cookie").isEmpty(), "each reader its own session"),
                    () -> assertNotEquals(one.headers().allValues("Set-Cookie"), two.headers().allValues("Set-Cookie")),
                    () -> assertEquals("no-store", two.headers().firstValue("Cache-Control").orElse("none")));
        }
        Http.get(site.uri("/self-check/phq-9"));
        HttpResponse<String> questionnaire = Http.get(site.uri("/self-check/phq-9"));
        assertAll(() -> assertEquals("no-store", questionnaire.headers().firstValue("Cache-Control").orElse("none")),
                () -> assertTrue(questionnaire.headers().firstValue("Vary").isEmpty(), "rendered each time"));
    }
}
