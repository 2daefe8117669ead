package com.pks.clinic.web.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import com.pks.clinic.web.testing.Browser;
import com.pks.clinic.web.testing.RunningSite;
import com.pks.clinic.web.testing.TestSettings;

/**
 * An automated install (the first Administrator named in the server's settings, no set-up link) and the idle
 * sign-out, on a site of its own whose sessions end after ten seconds: the warning comes first, "Stay signed in"
 * extends the session once, and then, left alone, the screen goes to the sign-in page and the session is over on
 * the server too.
 */
class IdleSignOutIT {

    private static final String ADMIN = "owner@clinic.test";
    private static final String PASSWORD = "amber meadow violin harbor";

    @Test
    void aQuietSessionIsWarnedThenEndedOnTheScreenAndOnTheServer() {
        try (RunningSite site = RunningSite.start(TestSettings.dataDirectory("idle"), List.of(
                "-Dclinic.admin.idle-seconds=10", "-Dclinic.admin.initial-username=" + ADMIN,
                "-Dclinic.admin.initial-password=" + PASSWORD));
             Browser browser = Browser.ofSize(390, 844)) {
            assertFalse(site.log().contains("/admin/set-up?token="), "an automated install needs no set-up link");
            browser.driver().get(site.uri("/admin/sign-in").toString());
            browser.type("username", ADMIN);
            browser.type("password", PASSWORD);
            browser.submit("sign-in-button");
            assertTrue(browser.driver().getCurrentUrl().endsWith("/admin/"), browser.driver().getCurrentUrl());

            WebDriverWait wait = new WebDriverWait(browser.driver(), Duration.ofSeconds(20));
            WebElement warning = wait.until(driver -> driver.findElements(By.cssSelector("[role=alertdialog]"))
                    .stream().filter(WebElement::isDisplayed).findFirst().orElse(null));
            assertTrue(warning.getText().contains("signed out"), warning.getText());
            WebElement stay = warning.findElement(By.tagName("button"));
            assertEquals(stay, browser.driver().switchTo().activeElement(), "focus moves to the warning's button");
            stay.click();
            wait.until(driver -> driver.findElements(By.cssSelector("[role=alertdialog]")).stream()
                    .noneMatch(WebElement::isDisplayed));
            assertTrue(browser.driver().getCurrentUrl().endsWith("/admin/"), "still signed in after staying");

            wait.until(driver -> driver.getCurrentUrl().contains("/admin/sign-in?timedOut=true"));
            assertTrue(browser.driver().getPageSource().contains("signed out because nothing happened"));
            browser.driver().get(site.uri("/admin/").toString());
            assertTrue(browser.driver().getCurrentUrl().contains("/admin/sign-in"), "the server ended the session");
        }
    }
}
