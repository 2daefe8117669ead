package com.pks.clinic.web.site;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import com.pks.clinic.web.testing.Browser;
import com.pks.clinic.web.testing.RunningSite;
import com.pks.clinic.web.testing.SharedSite;

/**
 * The main menu in Chromium: on a desktop one row whose sub-pages open as disclosures by click and keyboard, the page
 * being shown marked; without JavaScript every link still reachable; and no page wider than a 320 px screen.
 */
@ExtendWith(SharedSite.class)
class SiteMenuBrowserIT {

    private static final Browser DESKTOP = Browser.ofSize(1280, 800);
    private static final Browser NARROW = Browser.ofSize(320, 640);

    @AfterAll
    static void closeBrowsers() {
        DESKTOP.close();
        NARROW.close();
    }

    @Test
    void onADesktopTheMenuIsOneRowAndItsSubPagesADisclosure(RunningSite site) {
        DESKTOP.driver().get(site.uri("/").toString());
        List<WebElement> entries = DESKTOP.driver().findElements(By.cssSelector(".menu > li"));
        long rows = entries.stream().map(entry -> entry.getRect().getY()).distinct().count();
        WebElement toggle = DESKTOP.driver().findElement(By.cssSelector(".submenu-toggle"));
        WebElement submenu = DESKTOP.driver().findElement(By.id(toggle.getAttribute("aria-controls")));
        assertAll(() -> assertEquals(1, rows, "one row of " + entries.size() + " entries"),
                () -> assertFalse(submenu.isDisplayed(), "closed until asked"),
                () -> assertEquals("More under About ketamine", toggle.getAttribute("textContent").strip()
                        .replaceAll("\\s+", " ")));

        toggle.sendKeys(Keys.ENTER);
        assertEquals("true", toggle.getAttribute("aria-expanded"));
        assertTrue(submenu.isDisplayed());
        DESKTOP.driver().switchTo().activeElement().sendKeys(Keys.TAB);
        assertEquals("How it may work", DESKTOP.driver().switchTo().activeElement().getText(), "Tab goes into it");
        DESKTOP.driver().switchTo().activeElement().sendKeys(Keys.ESCAPE);
        assertAll(() -> assertEquals("false", toggle.getAttribute("aria-expanded")),
                () -> assertFalse(submenu.isDisplayed(), "Escape closes it"),
                () -> assertEquals(toggle, DESKTOP.driver().switchTo().activeElement(), "and returns to its button"));

        toggle.click();
        assertTrue(submenu.isDisplayed());
        DESKTOP.driver().findElement(By.tagName("h1")).click();
        assertFalse(submenu.isDisplayed(), "a click elsewhere closes it");
    }

    @Test
    void onAPhoneEscapeFoldsTheOpenMenuAndReturnsToItsButton(RunningSite site) {
        NARROW.driver().get(site.uri("/").toString());
        WebElement button = NARROW.driver().findElement(By.cssSelector(".menu-button"));
        button.click();
        assertEquals("true", button.getAttribute("aria-expanded"));
        NARROW.driver().findElement(By.linkText("About ketamine")).sendKeys(Keys.ESCAPE);
        assertAll(() -> assertEquals("false", button.getAttribute("aria-expanded")),
                () -> assertFalse(NARROW.driver().findElement(By.id("site-nav")).isDisplayed(), "folded again"),
                () -> assertEquals(button, NARROW.driver().switchTo().activeElement(), "focus back on Menu"));
    }

    @Test
    void thePageBeingShownIsMarkedInTheMenu(RunningSite site) {
        DESKTOP.driver().get(site.uri("/how-it-may-work").toString());
        List<WebElement> current = DESKTOP.driver().findElements(By.cssSelector("#site-nav [aria-current=page]"));
        assertEquals(1, current.size());
        assertEquals("/how-it-may-work", current.get(0).getDomAttribute("href"));
        WebElement section = DESKTOP.driver().findElement(By.cssSelector(".menu > li.in-section > a"));
        assertEquals("About ketamine", section.getText(), "its section is marked too");
    }

    @Test
    void withoutJavaScriptEveryLinkOfTheMenuIsReachable(RunningSite site) {
        try {
            for (Browser browser : List.of(NARROW, DESKTOP)) {
                browser.driver().executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", true));
                browser.driver().get(site.uri("/").toString());
            }
            WebElement menu = NARROW.driver().findElement(By.cssSelector("a.menu-button"));
            assertFalse(NARROW.driver().findElement(By.id("site-nav")).isDisplayed(), "folded on a phone");
            menu.click();
            assertTrue(NARROW.driver().findElement(By.linkText("How it may work")).isDisplayed(),
                    "the Menu link opens it, sub-pages included");

            WebElement about = DESKTOP.driver().findElement(By.linkText("About ketamine"));
            about.sendKeys(Keys.SHIFT, Keys.TAB);
            DESKTOP.driver().switchTo().activeElement().sendKeys(Keys.TAB); // onto the link, as a keyboard arrives
            WebElement subPage = DESKTOP.driver().findElement(By.linkText("How it may work"));
            assertTrue(subPage.isDisplayed(), "keyboard focus opens a sub-menu on a desktop");
            DESKTOP.driver().switchTo().activeElement().sendKeys(Keys.TAB);
            assertEquals(subPage, DESKTOP.driver().switchTo().activeElement(),
                    "the next Tab goes into it: the disclosure button, useless without a script, is skipped");
        } finally {
            for (Browser browser : List.of(NARROW, DESKTOP)) {
                browser.driver().executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", false));
            }
        }
    }

    @Test
    void noPageIsWiderThanA320PixelScreen(RunningSite site) {
        for (String path : List.of("/", "/about-ketamine", "/who-it-may-help", "/what-to-expect", "/faq", "/our-team",
                "/for-providers", "/contact", "/refer", "/self-check", "/self-check/phq-9", "/no-such-page")) {
            NARROW.driver().get(site.uri(path).toString());
            int scrollWidth = ((Number) NARROW.driver().executeScript("return document.documentElement.scrollWidth;"))
                    .intValue();
            assertTrue(scrollWidth <= 320, path + " is " + scrollWidth + " px wide");
        }
    }
}
