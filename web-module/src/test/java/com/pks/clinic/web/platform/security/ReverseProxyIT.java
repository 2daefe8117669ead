package com.pks.clinic.web.platform.security;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.Cookie;

import com.pks.clinic.web.testing.Browser;
import com.pks.clinic.web.testing.ConsoleStaff;
import com.pks.clinic.web.testing.Http;
import com.pks.clinic.web.testing.PageForm;
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
 * is down the proxy's own page with the crisis lines. That a client's own claim of HTTPS earns nothing is
 * {@code LeftAloneIT}'s (a site that trusts no proxy).
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

    @Test
    void theSelfChecksSealIsSecureOverHttps() throws Exception {
        HttpClient browser = HttpClient.newBuilder().sslContext(proxy.trust()).cookieHandler(new CookieManager())
                .build();
        String questionnaire = browser.send(HttpRequest.newBuilder(proxy.uri("/self-check/phq-9")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        PageForm form = PageForm.withButton(questionnaire, "score");
        Map<String, String> answers = new HashMap<>();
        for (int question = 1; question <= 9; question++) {
            form.namesOf("answer" + question).forEach(name -> answers.put(name, "0"));
        }
        assertEquals(9, answers.size(), "the nine questions of the PHQ-9");
        HttpResponse<String> result = browser.send(HttpRequest.newBuilder(proxy.uri(form.action()))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form.body(answers, "score"))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertTrue(result.headers().allValues("Set-Cookie").stream()
                .anyMatch(cookie -> cookie.startsWith("pks-self-check=") && cookie.contains("; Secure")),
                "the result's seal: " + result.headers().allValues("Set-Cookie"));
    }

    /**
     * Redirects are relative, made by the authentication mechanism or by the site's own code, and absolute addresses
     * come from the site's address setting, never from the request.
     */
    @Test
    void aForgedHostBecomesNoAddressTheSiteSends(RunningSite site, ConsoleStaff staff) {
        String forged = "Host: attacker.example\r\nX-Forwarded-Host: attacker.example\r\nConnection: close\r\n";
        Cookie session = staff.admin().driver().manage().getCookieNamed("JSESSIONID");
        RawHttp.Response signIn = RawHttp.send(site, ("GET /admin/inquiries HTTP/1.1\r\n" + forged + "\r\n")
                .getBytes(StandardCharsets.ISO_8859_1));
        RawHttp.Response badSearch = RawHttp.send(site, ("GET /admin/audit/export?from=not-a-date HTTP/1.1\r\n"
                + forged + "Cookie: JSESSIONID=" + session.getValue() + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
        RawHttp.Response home = RawHttp.send(site, ("GET / HTTP/1.1\r\n" + forged + "\r\n")
                .getBytes(StandardCharsets.ISO_8859_1));
        assertAll(
                () -> assertEquals(302, signIn.status()),
                () -> assertEquals("/admin/sign-in?next=%2Fadmin%2Finquiries", signIn.header("Location").orElseThrow()),
                () -> assertEquals(302, badSearch.status(), "the export sends a search it cannot read back to the log"),
                () -> assertEquals("/admin/audit?from=not-a-date", badSearch.header("Location").orElseThrow()),
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
