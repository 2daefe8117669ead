package com.pks.clinic.web.platform.security;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.Cookie;

import com.pks.clinic.web.testing.Browser;
import com.pks.clinic.web.testing.ConsoleStaff;
import com.pks.clinic.web.testing.Http;
import com.pks.clinic.web.testing.RawHttp;
import com.pks.clinic.web.testing.RunningSite;
import com.pks.clinic.web.testing.SharedSite;
import com.pks.clinic.web.testing.StaffSignIn;
import com.pks.clinic.web.testing.StaffSignIn.Step;
import com.pks.clinic.web.testing.TlsProxy;

/**
 * The site behind nginx ending TLS, configured as the README says (the shared site runs as it says too: on the
 * loopback address, trusting the proxy there): served over HTTPS with HSTS and Secure cookies, plain HTTP sent on to
 * HTTPS, a member of staff signed in through it, no address built from a forged {@code Host}, and while the site
 * is down the proxy's own page with the crisis lines.
 */
@ExtendWith(SharedSite.class)
class ReverseProxyIT {

    private static TlsProxy proxy;
    private static HttpClient client;

    @BeforeAll
    static void startProxy(RunningSite site) {
        proxy = TlsProxy.inFrontOf(site);
        client = HttpClient.newBuilder().sslContext(proxy.trust()).connectTimeout(Duration.ofSeconds(5)).build();
    }

    @AfterAll
    static void stopProxy() {
        proxy.close();
    }

    @Test
    void overHttpsTheSiteTellsBrowsersToStayOnItAndMarksItsCookiesSecure(RunningSite site) throws Exception {
        HttpResponse<String> home = get(proxy.uri("/"));
        HttpResponse<String> form = get(proxy.uri("/contact"));
        HttpResponse<String> direct = Http.get(site.uri("/"));
        assertAll(
                () -> assertEquals(200, home.statusCode()),
                () -> assertTrue(home.body().contains("988"), "the crisis line"),
                () -> assertEquals(List.of("max-age=31536000"), home.headers().allValues("Strict-Transport-Security")),
                () -> assertTrue(home.headers().firstValue("Content-Security-Policy").isPresent()),
                () -> assertFalse(home.headers().firstValue("Server").orElse("").matches(".*\\d.*"),
                        "no version of the proxy or the server: " + home.headers().firstValue("Server")),
                () -> assertTrue(form.headers().allValues("Set-Cookie").stream()
                        .anyMatch(cookie -> cookie.startsWith("JSESSIONID=") && cookie.contains("; Secure")),
                        "the form's session cookie: " + form.headers().allValues("Set-Cookie")),
                () -> assertTrue(direct.headers().firstValue("Strict-Transport-Security").isEmpty(),
                        "over plain HTTP, to a site whose address is http://, no HSTS"));
    }

    @Test
    void plainHttpIsSentOnToHttps() throws Exception {
        HttpResponse<String> plain = get(proxy.plainUri("/contact?from=plain"));
        assertEquals(301, plain.statusCode());
        assertEquals("https://localhost/contact?from=plain", plain.headers().firstValue("Location").orElseThrow());
    }

    @Test
    void anAdministratorSignsInThroughTheProxy(ConsoleStaff staff) {
        try (Browser browser = Browser.trusting(proxy)) {
            browser.driver().get(proxy.uri("/admin/inquiries").toString());
            assertTrue(browser.driver().getCurrentUrl().startsWith(proxy.uri("/admin/sign-in").toString()),
                    "the sign-in, through the proxy: " + browser.driver().getCurrentUrl());
            assertEquals(Step.CODE, StaffSignIn.passwordHere(browser, staff.adminAddress(), ConsoleStaff.PASSWORD));
            StaffSignIn.giveCode(browser, staff.adminAddress());
            assertEquals(proxy.uri("/admin/inquiries").toString(), browser.driver().getCurrentUrl());
            assertEquals("Inquiries", browser.text("main").lines().findFirst().orElse(""));
            Cookie session = browser.driver().manage().getCookieNamed("JSESSIONID");
            assertTrue(session.isSecure() && session.isHttpOnly(), "the console's session cookie: " + session);
            browser.screenshot("console-through-tls-proxy");
        }
    }

    /** Redirects are relative and absolute addresses come from the site's address setting, never from the request. */
    @Test
    void aForgedHostBecomesNoAddressTheSiteSends(RunningSite site) {
        String forged = "Host: attacker.example\r\nX-Forwarded-Host: attacker.example\r\nConnection: close\r\n\r\n";
        RawHttp.Response redirect = RawHttp.send(site, ("GET /admin/inquiries HTTP/1.1\r\n" + forged)
                .getBytes(StandardCharsets.ISO_8859_1));
        RawHttp.Response home = RawHttp.send(site, ("GET / HTTP/1.1\r\n" + forged).getBytes(StandardCharsets.ISO_8859_1));
        assertAll(
                () -> assertEquals(302, redirect.status()),
                () -> assertEquals("/admin/sign-in?next=%2Fadmin%2Finquiries", redirect.header("Location").orElseThrow()),
                () -> assertEquals(200, home.status()),
                () -> assertTrue(home.body().contains("rel=\"canonical\" href=\"http://localhost:8080/\""),
                        "the canonical address, from the setting"),
                () -> assertFalse(home.body().contains("attacker.example")));
    }

    @Test
    void whileTheSiteIsDownTheProxySaysWhereHelpIs() throws Exception {
        try (TlsProxy beforeNothing = TlsProxy.inFrontOfASiteThatIsDown()) {
            HttpClient trusting = HttpClient.newBuilder().sslContext(beforeNothing.trust()).build();
            HttpResponse<String> down = trusting.send(HttpRequest.newBuilder(beforeNothing.uri("/contact")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertAll(
                    () -> assertEquals(503, down.statusCode()),
                    () -> assertTrue(down.body().contains("href=\"tel:988\"") && down.body().contains("href=\"tel:911\""),
                            down.body()),
                    () -> assertEquals("no-store", down.headers().firstValue("Cache-Control").orElse("")));
        }
    }

    private static HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
    }
}
