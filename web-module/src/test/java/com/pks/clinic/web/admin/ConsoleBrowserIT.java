package com.pks.clinic.web.admin;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import com.pks.clinic.web.testing.Browser;
import com.pks.clinic.web.testing.Http;
import com.pks.clinic.web.testing.RunningSite;
import com.pks.clinic.web.testing.SharedSite;

/**
 * The console's door as a new clinic administrator meets it, in headless Chromium on the shared site: the set-up
 * link from the server's log creates the first Administrator once, sign-in refuses wrong and common passwords in the
 * same words, the Administrator adds an Editor and an Intake colleague, each role reaches only its screens, and the
 * audit log shows all of it. Each role signs in once for the whole class.
 */
@ExtendWith(SharedSite.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsoleBrowserIT {

    private static final Pattern SET_UP_LINK = Pattern.compile("/admin/set-up\\?token=([A-Za-z0-9_-]+)");
    private static final String PASSWORD = "quiet river lantern morning";

    private final Browser admin = Browser.ofSize(1280, 900);
    private final Browser editor = Browser.ofSize(390, 844);
    private final Browser intake = Browser.ofSize(1280, 900);
    private final String suffix = UUID.randomUUID().toString().substring(0, 6);
    private final String adminAddress = "admin-" + suffix + "@clinic.test";
    private final String editorAddress = "editor-" + suffix + "@clinic.test";
    private final String intakeAddress = "intake-" + suffix + "@clinic.test";
    private String setUpLink;

    @BeforeAll
    void setUpTheConsoleAsANewClinicWould(RunningSite site) {
        Matcher link = SET_UP_LINK.matcher(site.log());
        assertTrue(link.find(), "the server logs a set-up link on its first start");
        setUpLink = site.uri("/admin/set-up?token=" + link.group(1)).toString();
        admin.driver().get(setUpLink);
        admin.type("displayName", "Avery Admin");
        admin.type("username", adminAddress);
        admin.type("password", PASSWORD);
        admin.type("passwordAgain", PASSWORD);
        admin.submit("create-button");
        assertTrue(admin.driver().getPageSource().contains("Your account is ready"));
        signIn(admin, site, adminAddress, PASSWORD);

        addColleague(site, "Eden Editor", editorAddress, "EDITOR");
        addColleague(site, "Indi Intake", intakeAddress, "INTAKE");
        signIn(editor, site, editorAddress, PASSWORD);
        signIn(intake, site, intakeAddress, PASSWORD);
    }

    @AfterAll
    void closeBrowsers() {
        admin.close();
        editor.close();
        intake.close();
    }

    @Test
    void theSetUpLinkWorksOnceAndNoDefaultPasswordOpensTheConsole(RunningSite site) {
        try (Browser stranger = Browser.ofSize(390, 844)) {
            stranger.driver().get(setUpLink);
            assertTrue(stranger.driver().getPageSource().contains("This set-up link no longer works"));
            for (String[] guess : List.of(new String[] {"admin@clinic.test", "admin"},
                    new String[] {"admin@localhost", "password"}, new String[] {adminAddress, "admin"},
                    new String[] {adminAddress, "password123"}, new String[] {"administrator@clinic.test", "changeme"})) {
                assertFalse(trySignIn(stranger, site, guess[0], guess[1]), guess[0] + " / " + guess[1]);
            }
        }
    }

    @Test
    void aWrongPasswordAndAnUnknownAccountReadTheSame(RunningSite site) {
        try (Browser stranger = Browser.ofSize(1280, 900)) {
            trySignIn(stranger, site, adminAddress, "not the password at all");
            String known = stranger.driver().findElement(By.id("sign-in-failed")).getText();
            trySignIn(stranger, site, "nobody-" + suffix + "@clinic.test", "not the password at all");
            String unknown = stranger.driver().findElement(By.id("sign-in-failed")).getText();
            assertEquals(known, unknown);
            assertEquals("nobody-" + suffix + "@clinic.test",
                    stranger.driver().findElement(By.id("username")).getAttribute("value"),
                    "what was typed stays, so that a typo can be fixed");
        }
    }

    @Test
    void anonymousVisitorsAreAskedToSignInAndNothingOfTheConsoleIsCached(RunningSite site) {
        assertEquals(301, Http.get(site.uri("/admin")).statusCode(), "the console's address leads to /admin/");
        HttpResponse<String> dashboard = Http.get(site.uri("/admin/"));
        assertEquals(302, dashboard.statusCode());
        assertTrue(dashboard.headers().firstValue("Location").orElse("").contains("/admin/sign-in?next="));
        HttpResponse<String> inquiries = Http.get(site.uri("/admin/inquiries"));
        assertTrue(inquiries.headers().firstValue("Location").orElse("").contains("/admin/sign-in"));
        HttpResponse<String> signIn = Http.get(site.uri("/admin/sign-in"));
        assertEquals(200, signIn.statusCode());
        assertEquals("no-store", signIn.headers().firstValue("Cache-Control").orElse(""));
        assertEquals("no-store", dashboard.headers().firstValue("Cache-Control").orElse(""));
    }

    @Test
    void anEditorIsRefusedTheInquiriesTheAccountsAndTheAuditLog(RunningSite site) {
        for (String path : List.of("/admin/inquiries", "/admin/accounts", "/admin/audit")) {
            editor.driver().get(site.uri(path).toString());
            assertTrue(editor.driver().getPageSource().contains("not part of your role")
                    || editor.driver().getTitle().toLowerCase().contains("not allowed"), path);
        }
        editor.driver().get(site.uri("/admin/").toString());
        List<String> navigation = editor.driver().findElements(By.cssSelector("nav a")).stream()
                .map(WebElement::getText).toList();
        assertFalse(navigation.contains("Inquiries") || navigation.contains("Accounts"), navigation.toString());
    }

    @Test
    void theAuditLogShowsSetUpSignInsAndTheNewAccounts(RunningSite site) {
        admin.driver().get(site.uri("/admin/audit").toString());
        String log = admin.driver().findElement(By.tagName("main")).getText();
        assertAll(
                () -> assertTrue(log.contains("First Administrator created with the set-up link"), log),
                () -> assertTrue(log.contains("Account created"), log),
                () -> assertTrue(log.contains(editorAddress), log),
                () -> assertTrue(log.contains("Signed in"), log),
                () -> assertFalse(log.contains("nobody-" + suffix), "the name typed for an unknown account"));
    }

    @Test
    void theConsoleScreensPassAxeOnAPhoneAndADesktop(RunningSite site) {
        for (String path : List.of("/admin/", "/admin/accounts", "/admin/audit", "/admin/help")) {
            assertNoViolations(admin, site, path);
        }
        assertNoViolations(editor, site, "/admin/");
        try (Browser stranger = Browser.ofSize(390, 844)) {
            assertNoViolations(stranger, site, "/admin/sign-in");
        }
    }

    private static void assertNoViolations(Browser browser, RunningSite site, String path) {
        browser.driver().get(site.uri(path).toString());
        List<String> violations = new AxeBuilder().analyze(browser.driver()).getViolations().stream()
                .map(ConsoleBrowserIT::describe).toList();
        browser.screenshot("console" + path.replace('/', '-') + "-" + browser.driver().manage().window().getSize()
                .getWidth());
        int scrollWidth = ((Number) browser.driver().executeScript("return document.documentElement.scrollWidth;"))
                .intValue();
        int width = ((Number) browser.driver().executeScript("return window.innerWidth;")).intValue();
        assertAll(path,
                () -> assertTrue(violations.isEmpty(), String.join("\n", violations)),
                () -> assertTrue(scrollWidth <= width, "no sideways scrolling: " + scrollWidth + " > " + width),
                () -> assertTrue(browser.consoleErrors().isEmpty(), browser.consoleErrors().toString()));
    }

    private void addColleague(RunningSite site, String name, String address, String role) {
        admin.driver().get(site.uri("/admin/accounts").toString());
        admin.type("displayName", name);
        admin.type("username", address);
        admin.driver().findElement(By.cssSelector("#roles input[value='" + role + "']")).click();
        admin.type("password", PASSWORD);
        admin.submit("add-button");
        assertTrue(admin.driver().getPageSource().contains("is ready"), admin.driver().getPageSource());
    }

    private static void signIn(Browser browser, RunningSite site, String username, String password) {
        assertTrue(trySignIn(browser, site, username, password), "signed in as " + username);
    }

    /** Whether the sign-in page let this person in (it then leads to the dashboard). */
    private static boolean trySignIn(Browser browser, RunningSite site, String username, String password) {
        browser.driver().get(site.uri("/admin/sign-in").toString());
        browser.type("username", username);
        browser.type("password", password);
        browser.submit("sign-in-button");
        return browser.driver().findElements(By.id("sign-in-failed")).isEmpty()
                && browser.driver().getCurrentUrl().endsWith("/admin/");
    }

    private static String describe(Rule rule) {
        return rule.getImpact() + " " + rule.getId() + ": " + rule.getHelp() + " at "
                + rule.getNodes().stream().map(node -> String.valueOf(node.getTarget())).toList();
    }
}
