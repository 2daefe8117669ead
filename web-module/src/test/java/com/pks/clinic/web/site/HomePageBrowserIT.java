package com.pks.clinic.web.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import com.pks.clinic.web.testing.Browser;
import com.pks.clinic.web.testing.RunningSite;
import com.pks.clinic.web.testing.SharedSite;

/** The home page as a patient sees it in Chromium, on a small phone and on a desktop. */
@ExtendWith(SharedSite.class)
class HomePageBrowserIT {

    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"360, 640", "1366, 900"})
    void theCrisisLineIsInViewWithoutScrollingAndThePageReads(int width, int height, RunningSite site) {
        try (Browser browser = Browser.ofSize(width, height)) {
            browser.driver().get(site.uri("/").toString());

            WebElement crisis = browser.driver().findElement(By.cssSelector("aside.crisis"));
            assertTrue(crisis.isDisplayed());
            Number bottom = (Number) browser.driver().executeScript(
                    "return arguments[0].getBoundingClientRect().bottom;", crisis);
            Number viewport = (Number) browser.driver().executeScript("return window.innerHeight;");
            assertTrue(bottom.doubleValue() <= viewport.doubleValue(),
                    "the crisis block ends at " + bottom + " px, below the " + viewport + " px viewport");
            assertEquals("tel:988", crisis.findElement(By.linkText("Call 988")).getAttribute("href"));

            assertEquals(1, browser.driver().findElements(By.tagName("h1")).size());
            assertTrue(browser.driver().findElement(By.tagName("h1")).getText().startsWith("Ketamine treatment"));
            Number scrollWidth = (Number) browser.driver().executeScript(
                    "return document.documentElement.scrollWidth;");
            assertTrue(scrollWidth.intValue() <= width, "no sideways scrolling: " + scrollWidth);
            var consoleErrors = browser.consoleErrors();
            assertTrue(consoleErrors.isEmpty(), consoleErrors.toString());

            browser.driver().findElement(By.tagName("body")).sendKeys(Keys.TAB);
            WebElement focused = browser.driver().switchTo().activeElement();
            assertEquals("Skip to main content", focused.getText(), "the first Tab reaches the skip link");

            browser.screenshot("home-" + width + "x" + height);
        }
    }
}
