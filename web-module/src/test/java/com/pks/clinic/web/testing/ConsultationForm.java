package com.pks.clinic.web.testing;

import java.util.Locale;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The consultation form at {@code /contact}, as tests fill it in. */
public final class ConsultationForm {

    private ConsultationForm() {
    }

    /** Opens an empty form, as a first-time visitor (no cookies). */
    public static void open(Browser browser, RunningSite site) {
        browser.driver().manage().deleteAllCookies();
        browser.driver().get(site.uri("/contact").toString());
    }

    /**
     * Sends a valid request whose name, e-mail and message carry the marker, and returns the reference that the
     * confirmation shows.
     */
    public static String sendValid(Browser browser, RunningSite site, String marker) {
        return send(browser, site, marker, false);
    }

    /** The same, from someone who ticks that they are thinking about ending their life: an urgent inquiry. */
    public static String sendUrgent(Browser browser, RunningSite site, String marker) {
        return send(browser, site, marker, true);
    }

    /** Fills in and sends a valid request that the site is expected to refuse; returns what the page says then. */
    public static String sendRefused(Browser browser, RunningSite site, String marker) {
        fillInAndSend(browser, site, marker, false);
        if (!browser.driver().findElements(By.className("reference")).isEmpty()) {
            throw new AssertionError("The form was sent and stored");
        }
        return browser.driver().findElement(By.tagName("main")).getText();
    }

    private static String send(Browser browser, RunningSite site, String marker, boolean urgent) {
        fillInAndSend(browser, site, marker, urgent);
        List<WebElement> reference = browser.driver().findElements(By.className("reference"));
        if (reference.isEmpty()) {
            browser.screenshot("contact-not-sent-" + marker);
            throw new AssertionError("The form was not sent: " + browser.driver().findElement(By.tagName("main"))
                    .getText());
        }
        return reference.get(0).getText();
    }

    private static void fillInAndSend(Browser browser, RunningSite site, String marker, boolean urgent) {
        open(browser, site);
        browser.type("name", "Notify " + marker);
        browser.type("email", marker.toLowerCase(Locale.ROOT) + "@example.org");
        browser.click("preferredContact:1");
        browser.type("message", "Words only the clinic may read " + marker);
        browser.click("consentToContact");
        if (urgent) {
            browser.click("thinkingOfSelfHarm");
        }
        browser.submitAtHumanPace("send");
    }
}
