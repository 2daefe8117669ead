package com.pks.clinic.web.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Plain HTTP as a browser without cookies would send it: no redirects followed, so that tests see them. */
public final class Http {

    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1) // as browsers speak to a site without TLS: no h2c upgrade
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    private Http() {
    }

    public static HttpResponse<String> get(URI uri) {
        return send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).build());
    }

    public static HttpResponse<String> send(HttpRequest request) {
        return send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** A plain GET that carries this browser's console session (opening the console once to be sure it has one). */
    public static HttpResponse<String> getWithSessionOf(Browser browser, RunningSite site, String path) {
        browser.driver().get(site.uri("/admin/").toString());
        String session = browser.driver().manage().getCookieNamed("JSESSIONID").getValue();
        return send(HttpRequest.newBuilder(site.uri(path)).header("Cookie", "JSESSIONID=" + session).build());
    }

    /** For bodies that are not text, such as a compressed response. */
    public static HttpResponse<byte[]> sendForBytes(HttpRequest request) {
        return send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    private static <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> body) {
        try {
            return CLIENT.send(request, body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
