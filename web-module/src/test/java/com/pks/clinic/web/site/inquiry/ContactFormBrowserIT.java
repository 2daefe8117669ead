package com.pks.clinic.web.site.inquiry;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.WebElement;

import com.pks.clinic.web.testing.Browser;
import com.pks.clinic.web.testing.ConsultationForm;
import com.pks.clinic.web.testing.Http;
import com.pks.clinic.web.testing.ReferralForm;
import com.pks.clinic.web.testing.RunningSite;
import com.pks.clinic.web.testing.SharedSite;
import com.pks.clinic.web.testing.StaffMailbox;
import com.pks.clinic.web.testing.TestSettings;

/**
 * The consultation form as a patient uses it on a phone: found from the home page, confirmed when valid, leading
 * with 988 in a crisis, keeping every answer when something is wrong, refusing robots and forged posts politely.
 */
@ExtendWith(SharedSite.class)
class ContactFormBrowserIT {

    private static final Browser PHONE = Browser.ofSize(390, 844);

    @AfterAll
    static void closeBrowser() {
        PHONE.close();
    }

    @Test
    void theFormIsFoundFromTheHomePage(RunningSite site) {
        driver().get(site.uri("/").toString());
        WebElement button = driver().findElements(By.linkText("Request a consultation")).stream()
                .filter(WebElement::isDisplayed).findFirst().orElseThrow();
        double bottom = ((Number) driver().executeScript("return arguments[0].getBoundingClientRect().bottom;",
                button)).doubleValue();
        assertTrue(bottom <= 844, "a button on the first screen of a phone, not at " + bottom + " px");
        button.click();
        assertTrue(driver().getCurrentUrl().endsWith("/contact"), driver().getCurrentUrl());
        assertEquals("Request a consultation", driver().findElement(By.tagName("h1")).getText());
        assertTrue(driver().findElement(By.className("notice")).getText().contains("not for emergencies"));
    }

    @Test
    void aValidRequestIsConfirmedAndAReloadSendsNothingAgain(RunningSite site) {
        open(site);
        PHONE.type("name", "José Álvarez");
        PHONE.type("phone", "(406) 555-0199");
        PHONE.click("consentToContact");
        PHONE.submitAtHumanPace("send");

        PHONE.screenshot("contact-received");
        assertTrue(driver().getCurrentUrl().contains("/contact/received?ref="),
                () -> driver().findElement(By.tagName("main")).getText());
        assertEquals("Thank you: we received your message", driver().findElement(By.tagName("h1")).getText());
        driver().navigate().refresh();
        assertEquals("Thank you: we received your message", driver().findElement(By.tagName("h1")).getText(),
                "a reload shows the confirmation again: a plain GET that sends nothing");
        PHONE.screenshot("contact-received");
    }

    @Test
    void aClinicianCanReferAPatient(RunningSite site) {
        driver().manage().deleteAllCookies();
        driver().get(site.uri("/for-providers").toString());
        driver().findElement(By.cssSelector("main a[href='/refer']")).click();
        ReferralForm.send(PHONE, "Lee Chen", "Depression for ten years; three medicines did not help.");
        assertTrue(driver().getCurrentUrl().contains("/refer/received?ref="), driver().getCurrentUrl());
        assertEquals("Thank you: we received your referral", driver().findElement(By.tagName("h1")).getText());
        assertTrue(driver().findElement(By.tagName("main")).getText().contains("calls you"), "it speaks to the clinician");
    }

    @Test
    void aReferralThatSaysSuicidalTellsTheClinicianWhatToDoNotThePatient(RunningSite site) {
        driver().manage().deleteAllCookies();
        driver().get(site.uri("/refer").toString());
        ReferralForm.send(PHONE, "Lee Chen", "Suicidal depression, two attempts; nothing has helped.");
        String url = driver().getCurrentUrl();
        String main = driver().findElement(By.tagName("main")).getText();
        assertAll(
                () -> assertEquals("If your patient is in danger now", driver().findElement(By.tagName("h1")).getText()),
                () -> assertFalse(main.contains("worried for your safety"), main),
                () -> assertFalse(url.contains("urgent"), "no urgency in the address: " + url));
        HttpResponse<String> elsewhere = Http.get(java.net.URI.create(url));
        assertAll("the same address in another browser",
                () -> assertFalse(elsewhere.body().contains("in danger now"), "urgency lives in the session only"),
                () -> assertEquals("no-store", elsewhere.headers().firstValue("Cache-Control").orElse("")));
    }

    @Test
    void aSelfCheckResultCannotBeAttachedByALinkOrByAPostWithoutTheSitesSeal(RunningSite site) {
        String madeUp = "selfCheck=phq-9&answers=0,0,0,0,0,0,0,0,3";
        HttpResponse<String> link = Http.get(site.uri("/contact?" + madeUp));
        HttpResponse<String> post = Http.send(HttpRequest.newBuilder(site.uri("/contact"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", "pks-self-check=made-up")
                .POST(HttpRequest.BodyPublishers.ofString(madeUp + "&seal=" + java.time.Instant.now().getEpochSecond()
                        + ".bWFkZS11cA")).build());
        assertAll(
                () -> assertEquals(200, link.statusCode()),
                () -> assertFalse(link.body().contains("will be sent with this request"), "a link attaches nothing"),
                () -> assertFalse(post.body().contains("will be sent with this request"), "nor a forged seal"),
                () -> assertEquals("no-store", link.headers().firstValue("Cache-Control").orElse("")));
    }

    @Test
    void everyAddressOfAFormOrAResultIsNeverCached(RunningSite site) {
        for (String path : List.of("/contact", "/contact/", "/contact;jsessionid=x", "/refer",
                "/refer/received", "/contact/received?ref=ABCD2345", "/self-check/phq-9", "/self-check")) {
            HttpResponse<String> response = Http.get(site.uri(path));
            assertEquals("no-store", response.headers().firstValue("Cache-Control").orElse(""),
                    path + " answered " + response.statusCode());
        }
    }

    /** Written by a parent about their son, with an e-mail address alone and no way of contact chosen. */
    @Test
    void aCrisisMessageLeadsWith988(RunningSite site) {
        open(site);
        PHONE.type("name", "Sam");
        PHONE.type("email", "sam@example.org");
        PHONE.click("forWhom:1");
        PHONE.type("message", "My son says he wants to die and nothing has helped.");
        PHONE.click("consentToContact");
        PHONE.submitAtHumanPace("send");

        WebElement main = driver().findElement(By.tagName("main"));
        assertFalse(driver().getCurrentUrl().contains("urgent"), "nothing of it in the address or the history");
        assertEquals("Please reach out for help now", main.findElement(By.tagName("h1")).getText());
        assertEquals("tel:988", main.findElement(By.tagName("a")).getAttribute("href"), "988 comes first");
        assertTrue(main.getText().indexOf("988") < main.getText().indexOf("We received your message"));
        PHONE.screenshot("contact-received-urgent");
    }

    @Test
    void theSelfHarmTickAloneLeadsWith988(RunningSite site) {
        open(site);
        PHONE.type("name", "Alex");
        PHONE.type("phone", "406-555-0100");
        PHONE.click("thinkingOfSelfHarm");
        PHONE.click("consentToContact");
        PHONE.submitAtHumanPace("send");
        assertEquals("Please reach out for help now", driver().findElement(By.tagName("h1")).getText());
    }

    @Test
    void aBrokenRequestStaysOnTheFormWithClearMessagesAndEverythingTyped(RunningSite site) {
        open(site);
        PHONE.type("name", "山田 太郎");
        PHONE.type("phone", "call me maybe");
        PHONE.type("email", "not-an-address");
        PHONE.type("message", "I would like to ask about costs.");
        PHONE.submitAtHumanPace("send");

        PHONE.screenshot("contact-errors");
        assertTrue(driver().getCurrentUrl().endsWith("/contact"), driver().getCurrentUrl());
        WebElement phone = driver().findElement(By.id("phone"));
        assertAll(
                () -> assertEquals("山田 太郎", driver().findElement(By.id("name")).getAttribute("value")),
                () -> assertEquals("call me maybe", phone.getAttribute("value")),
                () -> assertEquals("I would like to ask about costs.",
                        driver().findElement(By.id("message")).getAttribute("value")),
                () -> assertEquals("true", phone.getAttribute("aria-invalid")),
                () -> assertTrue(phone.getAttribute("aria-describedby").contains("phone-error")),
                () -> assertTrue(driver().findElement(By.id("phone-error")).getText().contains("phone number")),
                () -> assertTrue(driver().findElement(By.id("email-error")).getText().contains("e-mail")),
                () -> assertTrue(driver().findElement(By.id("consentToContact-error")).getText().contains("agree")),
                () -> assertEquals("false", driver().findElement(By.id("name")).getAttribute("aria-invalid")),
                () -> assertTrue(driver().findElement(By.cssSelector(".form-alert[role=alert]")).isDisplayed()),
                () -> assertEquals(driver().findElement(By.cssSelector(".form-alert[role=alert]")),
                        driver().switchTo().activeElement(), "focus starts at the answers to check"),
                () -> assertTrue(driver().getTitle().startsWith("Not sent yet: "), driver().getTitle()),
                () -> assertEquals(List.of("#phone", "#email", "#consentToContact"), driver()
                        .findElements(By.cssSelector(".form-alert li a")).stream()
                        .map(link -> link.getDomAttribute("href")).toList(), "the summary follows the form"),
                () -> assertTrue((Boolean) driver().executeScript("return document.querySelector('.form-alert')"
                        + ".getBoundingClientRect().top < window.innerHeight"), "the alert is in view on a phone"));
    }

    @Test
    void hostileOrOversizedInputGetsAMessageNotAnErrorPage(RunningSite site) {
        open(site);
        PHONE.type("name", "<script>document.title='owned'</script>");
        PHONE.type("phone", "406-555-0100");
        driver().executeScript("document.getElementById('message').removeAttribute('maxlength');"
                + "document.getElementById('message').value = 'x'.repeat(50000);");
        PHONE.click("consentToContact");
        PHONE.submitAtHumanPace("send");

        assertTrue(driver().getCurrentUrl().endsWith("/contact"));
        assertFalse(driver().getTitle().contains("owned"), "nothing typed is run as script");
        assertTrue(driver().findElement(By.id("name-error")).getText().contains("letters"));
        assertTrue(driver().findElement(By.id("message-error")).getText().contains("1,000"));
        assertEquals("<script>document.title='owned'</script>",
                driver().findElement(By.id("name")).getAttribute("value"));
    }

    @Test
    void aFilledHoneypotIsRefusedPolitely(RunningSite site) {
        open(site);
        PHONE.type("name", "Robot");
        PHONE.type("phone", "406-555-0100");
        PHONE.click("consentToContact");
        driver().executeScript("document.getElementById('website').value = 'http://spam.example';");
        PHONE.submitAtHumanPace("send");
        assertTrue(driver().findElement(By.cssSelector(".form-alert")).getText().contains("automatically"));
        assertTrue(driver().getCurrentUrl().endsWith("/contact"));
    }

    @Test
    void anInstantSubmissionIsRefusedPolitely(RunningSite site) {
        open(site);
        PHONE.type("name", "Speedy");
        PHONE.type("phone", "406-555-0100");
        PHONE.click("consentToContact");
        PHONE.submit("send");
        assertTrue(driver().findElement(By.cssSelector(".form-alert")).getText().contains("quicker than a person"));
        assertEquals("Speedy", driver().findElement(By.id("name")).getAttribute("value"));
    }

    @Test
    void aPostWithoutAValidViewStateSendsNothingAndShowsTheAnswersAgain(RunningSite site) {
        HttpResponse<String> form = Http.get(site.uri("/contact"));
        Matcher action = Pattern.compile("<form id=\"contact-form\"[^>]*action=\"([^\"]+)\"").matcher(form.body());
        assertTrue(action.find(), "the form posts back to its view");
        String forged = "contact-form=contact-form&name=Forged&phone=406-555-0100&preferredContact=PHONE"
                + "&forWhom=MYSELF&consentToContact=on&send=Send&jakarta.faces.ViewState=forged-state";
        HttpResponse<String> response = Http.send(HttpRequest.newBuilder(URI.create(site.uri("/").resolve(
                        action.group(1).replace("&amp;", "&")).toString()))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(forged)).build());
        assertEquals(200, response.statusCode(), "the form again, not a redirect to the confirmation");
        assertAll(
                () -> assertTrue(response.body().contains("nothing has been sent yet"), response.body()),
                () -> assertTrue(response.body().contains("value=\"Forged\""), "the answers are shown again"),
                () -> assertFalse(response.body().contains("we received your message")));
    }

    @Test
    void theFormsSessionCookieIsNeverSentFromOtherSitesNorReadByScripts(RunningSite site) {
        String cookie = Http.get(site.uri("/contact")).headers().firstValue("Set-Cookie").orElseThrow();
        assertTrue(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"), cookie);
    }

    @Test
    void aFormLeftOpenPastTheSessionKeepsEverythingTypedAndSendsOnPurpose(RunningSite site) {
        open(site);
        PHONE.type("name", "Robin Patient");
        PHONE.type("phone", "406-555-0123");
        PHONE.type("message", "I wrote this slowly.");
        PHONE.click("consentToContact");
        driver().manage().deleteAllCookies(); // the session ends while the page stays open
        PHONE.submitAtHumanPace("send");

        assertTrue(driver().getCurrentUrl().endsWith("/contact"), driver().getCurrentUrl());
        assertAll(
                () -> assertTrue(driver().findElement(By.cssSelector(".form-alert")).getText()
                        .contains("nothing has been sent yet")),
                () -> assertEquals("Robin Patient", driver().findElement(By.id("name")).getAttribute("value")),
                () -> assertEquals("I wrote this slowly.", driver().findElement(By.id("message")).getAttribute("value")),
                () -> assertTrue(driver().findElement(By.id("consentToContact")).isSelected()));

        PHONE.submitAtHumanPace("send");
        assertEquals("Thank you: we received your message", driver().findElement(By.tagName("h1")).getText());
    }

    @Test
    void nothingAPersonTypedIsReadableOnDiskOrInTheLog(RunningSite site) throws IOException {
        String marker = letters();
        String nonAscii = "Zoë Þórsdóttir " + marker;
        open(site);
        PHONE.type("name", nonAscii);
        PHONE.type("email", marker.toLowerCase(Locale.ROOT) + "@example.org");
        PHONE.click("preferredContact:1");
        PHONE.type("message", "Private words " + marker);
        PHONE.submitAtHumanPace("send"); // refused: no consent
        PHONE.click("consentToContact");
        PHONE.submitAtHumanPace("send"); // stored
        assertTrue(driver().getCurrentUrl().contains("/contact/received?ref="));

        assertFalse(site.log().contains(marker), "the server log must not hold what a person typed");
        List<Path> leaking;
        try (Stream<Path> files = Files.walk(site.dataDirectory())) {
            leaking = files.filter(Files::isRegularFile).filter(file -> holds(file, marker, nonAscii)).toList();
        }
        assertTrue(leaking.isEmpty(), "readable in " + leaking);
    }

    private static boolean holds(Path file, String... texts) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            String latin = new String(bytes, StandardCharsets.ISO_8859_1);
            for (String text : texts) {
                if (latin.contains(new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1))
                        || latin.contains(new String(text.getBytes(StandardCharsets.UTF_16BE), StandardCharsets.ISO_8859_1))) {
                    return true;
                }
            }
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void staffAreToldOfEachInquiryWithNothingThatWasSubmitted(RunningSite site, StaffMailbox mailbox)
            throws Exception {
        String marker = letters();
        String reference = ConsultationForm.sendValid(PHONE, site, marker);

        MimeMessage notice = mailbox.awaitNotification(reference, Duration.ofSeconds(30));
        String everything = notice.getSubject() + "\n" + GreenMailUtil.getBody(notice) + "\n"
                + String.join("\n", Collections.list(notice.getAllHeaderLines()));
        assertFalse(everything.contains(marker), "no submitted field in subject, body or headers: " + everything);
        assertTrue(everything.contains("urgent: no"));
        assertTrue(everything.contains("http://localhost:8080/admin/inquiries"), everything);
    }

    @Test
    void aMailOutageDelaysTheNotificationButNeitherLosesNorDoublesIt(RunningSite site, StaffMailbox mailbox)
            throws Exception {
        mailbox.stop();
        String reference;
        try {
            reference = ConsultationForm.sendValid(PHONE, site, letters());
            Thread.sleep(3_000); // the first attempt fails while the server is down
        } finally {
            mailbox.start();
        }
        mailbox.awaitNotification(reference, Duration.ofSeconds(60));
        TestSettings.awaitOneMoreScan(); // another round of the sender
        assertEquals(1, mailbox.notificationsFor(reference).size(), "exactly one notification");
    }

    private static String letters() {
        return "Quillon" + new Random().ints(8, 'a', 'z' + 1)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append);
    }

    @Test
    void readersOfOtherPagesStillGetNoSession(RunningSite site) {
        assertTrue(Http.get(site.uri("/about-ketamine")).headers().allValues("Set-Cookie").isEmpty());
    }

    private static ChromeDriver driver() {
        return PHONE.driver();
    }

    private static void open(RunningSite site) {
        ConsultationForm.open(PHONE, site);
    }
}
