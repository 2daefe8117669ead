package com.pks.clinic.web.testing;

import java.util.Locale;
import org.openqa.selenium.By;

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
        open(browser, site);
        browser.type("name", "Notify " + marker);
        browser.type("email", marker.toLowerCase(Locale.ROOT) + "@example.org");
        browser.click("preferredContact:1");
        browser.type("message", "Words only the clinic may read " + marker);
        browser.click("consentToContact");
        browser.submitAtHumanPace("send");
        return browser.driver().findElement(By.className("reference")).getText();
    }
}
