package com.pks.clinic.web.admin;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import com.pks.clinic.web.testing.Browser;
import com.pks.clinic.web.testing.ConsultationForm;
import com.pks.clinic.web.testing.Http;
import com.pks.clinic.web.testing.ReferralForm;
import com.pks.clinic.web.testing.RunningSite;
import com.pks.clinic.web.testing.StaffMailbox;
import com.pks.clinic.web.testing.StaffSignIn;
import com.pks.clinic.web.testing.TestSettings;

/**
 * What happens to what is left alone, on a site of its own whose timers take seconds (sessions end after twenty
 * seconds without a request; an urgent inquiry nobody contacts is announced again every six seconds, twice at most),
 * set up as an automated install would (the first Administrator named in the server's settings, no set-up link), whose
 * hourly limit of referrals is two and whose site-wide ceiling is four inquiries an hour. Two urgent inquiries
 * arrive as the site starts, so that their reminders go out while the other tests run (their check comes last). The
 * tests run in order: the ceiling is reached by the inquiries that arrived before the flood's test (and the
 * reminders are done by then).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LeftAloneIT {

    private static final String ADMIN = "owner@clinic.test";
    private static final String PASSWORD = "amber meadow violin harbor";
    private static final String STILL_WAITING = "still waiting";
    private static final int REMINDER_SECONDS = 6;

    private StaffMailbox mailbox;
    private RunningSite site;
    /** The install's Administrator, signed in on a phone as the site started. */
    private Browser staff;
    /** Two urgent inquiries that arrived as the site started: one contacted at once, one left waiting. */
    private String contacted;
    private String waiting;
    private Instant waitingArrived;

    @BeforeAll
    void startASiteWhoseTimersTakeSeconds() {
        mailbox = new StaffMailbox();
        List<String> settings = new ArrayList<>(mailbox.siteSettings());
        settings.addAll(List.of("-Dclinic.admin.idle-seconds=20",
                "-Dclinic.inquiry.urgent-reminder-seconds=" + REMINDER_SECONDS,
                "-Dclinic.inquiry.urgent-reminder-max=2", "-Dclinic.admin.initial-username=" + ADMIN,
                "-Dclinic.admin.initial-password=" + PASSWORD, "-Dclinic.inquiry.max-referrals-per-hour=2",
                "-Dclinic.inquiry.site-wide-per-hour=4"));
        site = RunningSite.start(TestSettings.dataDirectory("left-alone"), settings);
        twoUrgentInquiriesArriveAndOneIsContactedAtOnce();
    }

    private void twoUrgentInquiriesArriveAndOneIsContactedAtOnce() {
        staff = Browser.ofSize(390, 844);
        signIn(staff);
        try (Browser patient = Browser.ofSize(390, 844)) {
            contacted = ConsultationForm.sendUrgent(patient, site, "Called");
            // at once, well inside the six seconds before a reminder is due
            staff.driver().get(site.uri("/admin/inquiries/view?ref=" + contacted).toString());
            new Select(staff.driver().findElement(By.id("new-status"))).selectByVisibleText("Contacted");
            staff.submit("change-status");
            assertEquals("Contacted", staff.text("status"));
            waiting = ConsultationForm.sendUrgent(patient, site, "Waiting");
            waitingArrived = Instant.now();
        }
    }

    @AfterAll
    void stop() {
        if (staff != null) {
            staff.close();
        }
        site.close();
        mailbox.close();
    }

    @Test
    @Order(2)
    void theHourlyLimitCountsStoredReferralsByTheConnectionWhateverForwardedHeadersSay() {
        try (Browser clinician = Browser.ofSize(390, 844)) {
            refer(clinician, "203.0.113.1", "");
            assertTrue(clinician.text("main").contains("Please check"), "a mistake to correct: not stored");
            for (String forwarded : List.of("203.0.113.2", "203.0.113.3")) {
                refer(clinician, forwarded, "Lee Chen");
                assertTrue(clinician.driver().getCurrentUrl().contains("/refer/received"), clinician.text("main"));
            }
            refer(clinician, "198.51.100.9", "Lee Chen");
            String refusal = clinician.driver().findElement(By.className("form-alert")).getText();
            assertAll("the third stored referral of the hour is refused, however the request names its client",
                    () -> assertTrue(refusal.contains("Please call us instead"), refusal),
                    () -> assertTrue(refusal.contains("406-880-7571") && refusal.contains("988"), refusal));
        }
    }

    @Test
    @Order(3)
    void aboveTheSiteWideCeilingEverythingIsStoredStaffAreToldOnceAndEachUrgentOneStillOnItsOwn() throws Exception {
        List<String> references = new ArrayList<>();
        String urgent;
        try (Browser patient = Browser.ofSize(390, 844)) {
            references.add(ConsultationForm.sendValid(patient, site, "Floodone"));
            references.add(ConsultationForm.sendValid(patient, site, "Floodtwo"));
            urgent = ConsultationForm.sendUrgent(patient, site, "Floodurgent");
        }
        assertTrue(GreenMailUtil.getBody(mailbox.awaitNotification(urgent, Duration.ofSeconds(30))).contains(urgent),
                "a flood never buries an urgent inquiry");
        Instant deadline = Instant.now().plusSeconds(30);
        while (floodNotices().isEmpty() && Instant.now().isBefore(deadline)) {
            Thread.sleep(500);
        }
        TestSettings.awaitOneMoreScan(); // anything else queued would be out by now
        List<MimeMessage> flood = floodNotices();
        assertEquals(1, flood.size(), "one message for the flood");
        assertTrue(GreenMailUtil.getBody(flood.get(0)).contains("/admin/inquiries"));
        for (String reference : references) {
            assertTrue(mailbox.notificationsFor(reference).isEmpty(), "none per inquiry: " + reference);
            assertFalse(GreenMailUtil.getBody(flood.get(0)).contains(reference), "no inquiry named");
        }
    }

    /** This site trusts no proxy: a client that claims HTTPS itself earns no HSTS (ReverseProxyIT has the control). */
    @Test
    void aClientsOwnClaimOfHttpsIsNotBelieved() {
        HttpResponse<String> claimed = Http.send(HttpRequest.newBuilder(site.uri("/"))
                .header("X-Forwarded-Proto", "https").build());
        assertEquals(200, claimed.statusCode());
        assertTrue(claimed.headers().firstValue("Strict-Transport-Security").isEmpty());
    }

    private List<MimeMessage> floodNotices() throws MessagingException {
        List<MimeMessage> flood = new ArrayList<>();
        for (MimeMessage message : mailbox.messages()) {
            if (message.getSubject().startsWith("Many inquiries")) {
                flood.add(message);
            }
        }
        return flood;
    }

    /** A referral sent with this {@code X-Forwarded-For}, which no trusted proxy vouches for. */
    private void refer(Browser clinician, String forwardedFor, String patientName) {
        clinician.driver().executeCdpCommand("Network.enable", Map.of());
        clinician.driver().executeCdpCommand("Network.setExtraHTTPHeaders",
                Map.of("headers", Map.of("X-Forwarded-For", forwardedFor)));
        clinician.driver().manage().deleteAllCookies();
        clinician.driver().get(site.uri("/refer").toString());
        ReferralForm.send(clinician, patientName, "Depression for ten years; three medicines did not help.");
    }

    @Test
    @Order(4)
    void anUrgentInquiryNobodyContactsIsAnnouncedAgainAndOneContactedIsNot() throws Exception {
        // a reminder is due every 6 s, found by the reminders' round and sent by the outbox's: about 16 s for two
        Instant deadline = Instant.now().plusSeconds(40);
        while (reminders(waiting).size() < 2 && Instant.now().isBefore(deadline)) {
            Thread.sleep(500);
        }
        assertEquals(2, reminders(waiting).size(), "told again, twice");
        // when a third would be out: each reminder counts from the one before, found and sent a round or two late
        // (the tests before this one have taken longer than that already)
        Instant thirdDue = waitingArrived.plusSeconds(REMINDER_SECONDS * 3 + TestSettings.SCAN_SECONDS * 4 + 1);
        Thread.sleep(Math.max(0, Duration.between(Instant.now(), thirdDue).toMillis()));
        List<MimeMessage> told = reminders(waiting);
        assertEquals(2, told.size(), "never more often than the set number of times");
        assertTrue(told.get(0).getSubject().startsWith("URGENT"));
        assertFalse(GreenMailUtil.getBody(told.get(0)).contains("Waiting"), "no words of the inquiry in the mail");
        assertTrue(GreenMailUtil.getBody(told.get(0)).contains("/admin/inquiries/view?ref=" + waiting));
        assertTrue(reminders(contacted).isEmpty(), "a contacted inquiry is not announced again");
        assertTrue(site.log().contains("An urgent inquiry (" + waiting + ") has waited"), "the log says so");
    }

    private List<MimeMessage> reminders(String reference) throws MessagingException {
        List<MimeMessage> found = new ArrayList<>();
        for (MimeMessage message : mailbox.notificationsFor(reference)) {
            if (message.getSubject().contains(STILL_WAITING)) {
                found.add(message);
            }
        }
        return found;
    }

    /** Signs in as the install's Administrator, setting up the authenticator app the first time. */
    private void signIn(Browser browser) {
        StaffSignIn.signIn(browser, site, ADMIN, PASSWORD);
        browser.driver().get(site.uri("/admin/").toString());
    }

    @Test
    @Order(1)
    void aQuietSessionIsWarnedThenEndedOnTheScreenAndOnTheServer() {
        assertFalse(site.log().contains("/admin/set-up?token="), "an automated install needs no set-up link");
        staff.driver().get(site.uri("/admin/").toString());

        WebDriverWait wait = new WebDriverWait(staff.driver(), Duration.ofSeconds(30));
        wait.ignoring(StaleElementReferenceException.class); // the dialog may go while it is looked at
        WebElement warning = wait.until(driver -> driver.findElements(By.cssSelector("[role=alertdialog]"))
                .stream().filter(WebElement::isDisplayed).findFirst().orElse(null));
        assertTrue(warning.getText().contains("signed out"), warning.getText());
        WebElement stay = warning.findElement(By.tagName("button"));
        assertEquals(stay, staff.driver().switchTo().activeElement(), "focus moves to the warning's button");
        stay.click();
        wait.until(driver -> driver.findElements(By.cssSelector("[role=alertdialog]")).stream()
                .noneMatch(WebElement::isDisplayed));
        assertTrue(staff.driver().getCurrentUrl().endsWith("/admin/"), "still signed in after staying");

        wait.until(driver -> driver.getCurrentUrl().contains("/admin/sign-in?timedOut=true"));
        assertTrue(staff.driver().getPageSource().contains("signed out because nothing happened"));
        staff.driver().get(site.uri("/admin/").toString());
        assertTrue(staff.driver().getCurrentUrl().contains("/admin/sign-in"), "the server ended the session");
    }
}
