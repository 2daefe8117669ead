package com.pks.clinic.web.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMailUtil;
import java.time.Duration;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openqa.selenium.By;

import com.pks.clinic.web.testing.StaffSignIn.Step;

/**
 * The shared site's staff, set up once per test JVM as a new clinic would (given by {@link SharedSite} to the
 * tests that ask for it): the set-up link from the server's log creates the first Administrator, who adds an Editor
 * and an Intake colleague through the invitation e-mail. Each role is signed in once, in its own browser, for the
 * whole JVM: the Administrator and Intake at a desktop's width, the Editor at a phone's. Tests may navigate these
 * browsers, never sign them out.
 */
public final class ConsoleStaff implements AutoCloseable {

    public static final String PASSWORD = "quiet river lantern morning";

    private final RunningSite site;
    private final StaffMailbox mailbox;
    private final String suffix = UUID.randomUUID().toString().substring(0, 6);
    private final String adminAddress = "admin-" + suffix + "@clinic.test";
    private final String editorAddress = "editor-" + suffix + "@clinic.test";
    private final String intakeAddress = "intake-" + suffix + "@clinic.test";
    private final Browser admin = Browser.ofSize(1280, 900);
    private final Browser editor = Browser.ofSize(390, 844);
    private final Browser intake = Browser.ofSize(1280, 900);
    private final String setUpLink;

    ConsoleStaff(RunningSite site, StaffMailbox mailbox) {
        this.site = site;
        this.mailbox = mailbox;
        setUpLink = StaffSignIn.setUpFirstAdministrator(admin, site, "Avery Admin", adminAddress, PASSWORD);
        assertEquals(Step.SET_UP_APP, StaffSignIn.signIn(admin, site, adminAddress, PASSWORD),
                "an Administrator sets up two-step sign-in at the first sign-in");
        assertEquals(10, StaffSignIn.recoveryCodes(adminAddress).size(), "ten recovery codes, shown once");

        try {
            addColleague("Eden Editor", editorAddress, "EDITOR");
            addColleague("Indi Intake", intakeAddress, "INTAKE");
        } catch (Exception failed) {
            throw new IllegalStateException("The console's staff could not be set up", failed);
        }
        assertEquals(Step.NONE, StaffSignIn.signIn(editor, site, editorAddress, PASSWORD), "offered, not required");
        assertEquals(Step.SET_UP_APP, StaffSignIn.signIn(intake, site, intakeAddress, PASSWORD));
    }

    /**
     * The Administrator invites a colleague in this role; the colleague opens the one-time link that the site
     * e-mailed them (the screen does not show it: a mail server is configured) and chooses {@link #PASSWORD}.
     */
    public void addColleague(String name, String address, String role) throws Exception {
        admin.driver().get(site.uri("/admin/accounts").toString());
        admin.type("displayName", name);
        admin.type("username", address);
        admin.driver().findElement(By.cssSelector("#roles input[value='" + role + "']")).click();
        admin.submit("add-button");
        assertTrue(admin.text("issued-emailed").contains(address));
        assertTrue(admin.driver().findElements(By.id("issued-address")).isEmpty(), "nobody else sees the link");
        String mail = GreenMailUtil.getBody(mailbox.awaitMessageTo(address, Duration.ofSeconds(30)));
        Matcher found = Pattern.compile("https?://\\S+/admin/set-password\\?token=[A-Za-z0-9_-]+").matcher(mail);
        assertTrue(found.find(), mail);
        String link = found.group().replaceFirst("^https?://[^/]+", site.uri("").toString());
        try (Browser colleague = Browser.ofSize(390, 844)) {
            colleague.driver().get(link);
            assertTrue(colleague.text("main").contains("Welcome, " + name));
            // first too short and typed unlike: both are named at once
            colleague.type("password", "short");
            colleague.type("passwordAgain", "shorter");
            colleague.submit("choose-button");
            String refused = colleague.text("main");
            assertTrue(refused.contains("at least 12 characters") && refused.contains("not the same"), refused);
            colleague.type("password", PASSWORD);
            colleague.type("passwordAgain", PASSWORD);
            colleague.submit("choose-button");
            assertTrue(colleague.driver().getPageSource().contains("Your account is ready"));
            colleague.driver().get(link);
            assertTrue(colleague.driver().getPageSource().contains("This link no longer works"), "it works once");
        }
    }

    /** The run's random suffix of the addresses, for names that must not clash with other tests' data. */
    public String suffix() {
        return suffix;
    }

    public String setUpLink() {
        return setUpLink;
    }

    public String adminAddress() {
        return adminAddress;
    }

    public String editorAddress() {
        return editorAddress;
    }

    public String intakeAddress() {
        return intakeAddress;
    }

    /** Signed in as the Administrator, 1280 × 900. */
    public Browser admin() {
        return admin;
    }

    /** Signed in as the Editor (no second factor), 390 × 844. */
    public Browser editor() {
        return editor;
    }

    /** Signed in as Intake, 1280 × 900. */
    public Browser intake() {
        return intake;
    }

    @Override
    public void close() {
        admin.close();
        editor.close();
        intake.close();
    }
}
