package com.pks.clinic.web.platform.security;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

import com.pks.clinic.web.testing.ConsoleStaff;
import com.pks.clinic.web.testing.Http;
import com.pks.clinic.web.testing.PageForm;
import com.pks.clinic.web.testing.RunningSite;
import com.pks.clinic.web.testing.SharedSite;
import com.pks.clinic.web.testing.SiteCrawl;

/**
 * Cross-site request forgery, tried: every state-changing request of the public forms and of the console is posted
 * again from another origin and without a valid token (the ViewState of a stateful view, which another site cannot
 * read; the session cookie is {@code SameSite=Strict}, so another site's post would not even carry it). Each such
 * post is refused and changes nothing; the same post with its token, as the site's own page sends it, does.
 */
@ExtendWith(SharedSite.class)
class CrossSiteReplayIT {

    private static final String ELSEWHERE = "https://elsewhere.example";
    private static final String FORGED = "-8129403761452390719:4402761380916734572";
    private static final Duration FILL_TIME = Duration.ofMillis(3200); // the forms' minimum time to fill in

    /** Audit records that reading leaves (a post re-rendered as a plain view may be one); any other is a change. */
    private static final List<String> READING = List.of("Inquiry list viewed", "Inquiry opened", "Audit log viewed",
            "Audit log exported");

    @Test
    void thePublicFormsStoreNothingFromAnotherSiteOrWithoutTheirToken(RunningSite site) throws Exception {
        assertRefusedThenStored(site, "/contact", "send", Map.of("name", "Replay Tester", "email",
                "replay@example.org", "preferredContact", "EMAIL", "message", "Replayed from elsewhere",
                "consentToContact", "true"));
        assertRefusedThenStored(site, "/refer", "send", Map.of("clinicianName", "Ana Ruiz", "practice",
                "Bitterroot Family Medicine", "clinicianPhone", "406-555-0100", "clinicianEmail", "ana@example.org",
                "patientName", "Replayed Patient", "patientPhone", "406-555-0101", "reason", "Replayed from elsewhere",
                "consentToContact", "true"));
    }

    @Test
    void noConsoleFormChangesAnythingFromAnotherSiteOrWithoutItsToken(RunningSite site, ConsoleStaff staff)
            throws Exception {
        staff.admin().driver().get(site.uri("/admin/").toString());
        String cookie = "JSESSIONID=" + staff.admin().driver().manage().getCookieNamed("JSESSIONID").getValue();
        Map<String, HttpResponse<String>> screens = SiteCrawl.from(site, List.of("/admin/"), Map.of("Cookie", cookie),
                path -> path.startsWith("/admin") && !path.contains("sign-out") && !path.contains("export")
                        && !path.startsWith("/admin/media/choices"));
        long changesBefore = changes(site, cookie);
        List<Executable> checks = new ArrayList<>();
        int posts = 0;
        for (Map.Entry<String, HttpResponse<String>> screen : screens.entrySet()) {
            if (!screen.getValue().headers().firstValue("Content-Type").orElse("").startsWith("text/html")) {
                continue;
            }
            for (PageForm form : PageForm.of(screen.getValue().body())) {
                for (String button : form.buttons().isEmpty() ? List.of("") : form.buttons()) {
                    String where = screen.getKey() + " " + form.action() + " " + button;
                    for (Map<String, String> token : tokensThatAreNotValid()) {
                        HttpResponse<String> replay = post(site, form.action(), form.body(token, button), cookie);
                        checks.add(() -> assertFalse(replay.statusCode() == 200
                                && replay.body().contains("message-info"), where + ": done as asked"));
                        posts++;
                    }
                    String valid = form.body(Map.of(), button);
                    HttpResponse<String> withoutCookie = post(site, form.action(), valid, null);
                    checks.add(() -> assertTrue(withoutCookie.statusCode() == 302 && withoutCookie.headers()
                            .firstValue("Location").orElse("").contains("/admin/sign-in"), where + ": "
                            + withoutCookie.statusCode() + " without the session"));
                    posts++;
                }
            }
        }
        assertTrue(posts > 60, "the console's forms were tried: " + posts);
        assertAll(checks.stream());
        assertEquals(changesBefore, changes(site, cookie), "no replay changed anything (the audit log says)");
        assertTrue(Http.send(HttpRequest.newBuilder(site.uri("/admin/")).header("Cookie", cookie).build()).body()
                .contains("Dashboard"), "and the Administrator is still signed in");

        // the control: the same kind of post, with its token, from the site's own page, is done and audited
        HttpResponse<String> backups = Http.send(HttpRequest.newBuilder(site.uri("/admin/backups"))
                .header("Cookie", cookie).build()); // afresh: the session keeps only the last few screens' states
        PageForm backUp = PageForm.withButton(backups.body(), "back-up-now");
        HttpResponse<String> made = Http.send(HttpRequest.newBuilder(URI.create(site.uri("") + backUp.action()))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", cookie)
                .POST(HttpRequest.BodyPublishers.ofString(backUp.body(Map.of(), "back-up-now"))).build());
        assertTrue(made.statusCode() < 400, "the real post is taken: " + made.statusCode());
        long changesAfter = changes(site, cookie);
        Instant until = Instant.now().plusSeconds(60);
        while (changesAfter == changesBefore && Instant.now().isBefore(until)) {
            Thread.sleep(250); // the backup is made in the background and audited when done
            changesAfter = changes(site, cookie);
        }
        assertEquals(changesBefore + 1, changesAfter, "and audited, so the count above could have moved");
    }

    /** For each public form: refused from elsewhere, without its token and with a forged one; then sent for real. */
    private static void assertRefusedThenStored(RunningSite site, String path, String button,
                                                Map<String, String> answers) throws Exception {
        HttpClient visitor = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<String> page = visitor.send(HttpRequest.newBuilder(site.uri(path)).build(),
                HttpResponse.BodyHandlers.ofString());
        PageForm form = PageForm.withButton(page.body(), button);
        Thread.sleep(FILL_TIME.toMillis());

        HttpResponse<String> fromElsewhere = post(site, form.action(), form.body(answers, button), null);
        assertNotStored(path + " from elsewhere, without the visitor's cookie", fromElsewhere);
        for (Map<String, String> token : tokensThatAreNotValid()) {
            Map<String, String> replayed = new HashMap<>(answers);
            replayed.putAll(token);
            HttpResponse<String> replay = visitor.send(request(site, form.action(), form.body(replayed, button))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertNotStored(path + " with the visitor's cookie, ViewState " + token.get(PageForm.VIEW_STATE), replay);
        }

        HttpResponse<String> sent = visitor.send(HttpRequest.newBuilder(URI.create(site.uri("") + form.action()))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form.body(answers, button))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(302, sent.statusCode(), path + ": the visitor's own post is taken: " + sent.body());
        assertTrue(sent.headers().firstValue("Location").orElse("").contains("received?ref="), path);
    }

    private static void assertNotStored(String what, HttpResponse<String> response) {
        assertAll(what,
                () -> assertFalse(response.headers().firstValue("Location").orElse("").contains("received"),
                        "redirected to the confirmation"),
                () -> assertFalse(response.body().contains("class=\"reference\""), "shows a reference"));
    }

    /** The ViewState left out, and forged. */
    private static List<Map<String, String>> tokensThatAreNotValid() {
        Map<String, String> without = new HashMap<>();
        without.put(PageForm.VIEW_STATE, null);
        return List.of(without, Map.of(PageForm.VIEW_STATE, FORGED));
    }

    private static HttpResponse<String> post(RunningSite site, String action, String body, String cookie) {
        HttpRequest.Builder request = request(site, action, body);
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return Http.send(request.build());
    }

    /** A form post as another site's page would send it. */
    private static HttpRequest.Builder request(RunningSite site, String action, String body) {
        return HttpRequest.newBuilder(URI.create(site.uri("") + action)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Origin", ELSEWHERE)
                .header("Sec-Fetch-Site", "cross-site").POST(HttpRequest.BodyPublishers.ofString(body));
    }

    /** How many records of the audit log are changes, not reading: from its CSV export. */
    private static long changes(RunningSite site, String cookie) {
        String csv = Http.send(HttpRequest.newBuilder(site.uri("/admin/audit/export")).header("Cookie", cookie)
                .build()).body();
        Predicate<String> reading = line -> READING.stream().anyMatch(line::contains);
        return csv.lines().skip(1).filter(reading.negate()).count();
    }
}
