package com.pks.clinic.web.site;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import com.pks.clinic.web.testing.Browser;
import com.pks.clinic.web.testing.RunningSite;
import com.pks.clinic.web.testing.SharedSite;

/**
 * Every public page as a patient sees it in Chromium, on a small phone (360×640) and on a desktop: the crisis line
 * in view without scrolling, one heading 1, no sideways scrolling, nothing moving as the page loads (layout shift),
 * no console error, and no violation of WCAG 2.1 A or AA that axe-core finds. Screenshots land in target/screenshots.
 */
@ExtendWith(SharedSite.class)
class PublicPagesBrowserIT {

    private static final List<String> PAGES = List.of("/", "/about-ketamine", "/how-it-may-work", "/how-it-differs",
            "/who-it-may-help", "/what-to-expect", "/cost-and-insurance", "/faq", "/our-team", "/for-providers",
            "/privacy", "/accessibility", "/contact", "/refer", "/contact/received", "/self-check",
            "/self-check/phq-9", "/news", "/news/what-researchers-have-said-about-ketamine",
            "/who-it-may-help/post-traumatic-stress-disorder-ptsd", "/no-such-page");
    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    /** Sums the page's layout shifts so far (PerformanceObserver, buffered), after a moment for late ones. */
    private static final String LAYOUT_SHIFT = "var done = arguments[arguments.length - 1], total = 0;"
            + "new PerformanceObserver(function (list) { list.getEntries().forEach(function (shift) {"
            + "  if (!shift.hadRecentInput) { total += shift.value; } }); })"
            + ".observe({type: 'layout-shift', buffered: true});"
            + "setTimeout(function () { done(total); }, 300);";

    private static final Browser PHONE = Browser.ofSize(360, 640);
    private static final Browser DESKTOP = Browser.ofSize(1366, 900);

    @AfterAll
    static void closeBrowsers() {
        PHONE.close();
        DESKTOP.close();
    }

    static List<Arguments> pagesOnEachScreen() {
        return PAGES.stream().flatMap(page -> List.of(Arguments.of(page, "phone"), Arguments.of(page, "desktop"))
                .stream()).toList();
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("pagesOnEachScreen")
    void thePageReadsWellAndPassesAxe(String path, String screen, RunningSite site) {
        Browser browser = "phone".equals(screen) ? PHONE : DESKTOP;
        browser.driver().get(site.uri(path).toString());

        WebElement crisis = browser.driver().findElement(By.cssSelector("aside.crisis"));
        double bottom = ((Number) browser.driver().executeScript(
                "return arguments[0].getBoundingClientRect().bottom;", crisis)).doubleValue();
        double viewport = ((Number) browser.driver().executeScript("return window.innerHeight;")).doubleValue();
        int scrollWidth = ((Number) browser.driver().executeScript(
                "return document.documentElement.scrollWidth;")).intValue();
        int width = ((Number) browser.driver().executeScript("return window.innerWidth;")).intValue();
        var consoleErrors = browser.consoleErrors().stream()
                .filter(entry -> !(path.equals("/no-such-page") && entry.getMessage().contains("404")))
                .toList();
        double shifted = ((Number) browser.driver().executeAsyncScript(LAYOUT_SHIFT)).doubleValue();
        Results axe = new AxeBuilder().withTags(WCAG_21_AA).analyze(browser.driver());
        List<String> violations = axe.getViolations().stream().map(PublicPagesBrowserIT::describe).toList();
        browser.screenshot(screen + (path.equals("/") ? "-home" : path.replace('/', '-')));

        assertAll(
                () -> assertTrue(crisis.isDisplayed() && bottom <= viewport,
                        "the crisis block ends at " + bottom + " px, inside the " + viewport + " px viewport"),
                () -> assertEquals("tel:988", crisis.findElement(By.linkText("Call 988")).getAttribute("href")),
                () -> assertEquals(1, browser.driver().findElements(By.tagName("h1")).size(), "one heading 1"),
                () -> assertTrue(scrollWidth <= width, "no sideways scrolling: " + scrollWidth + " > " + width),
                () -> assertTrue(consoleErrors.isEmpty(), consoleErrors.toString()),
                () -> assertEquals(0.0, shifted, 0.001, "nothing moves as the page loads"),
                () -> assertTrue(violations.isEmpty(), String.join("\n", violations)));
    }

    @Test
    void theFirstTabReachesTheSkipLinkThenTheCrisisLine(RunningSite site) {
        PHONE.driver().get(site.uri("/").toString());
        WebElement body = PHONE.driver().findElement(By.tagName("body"));
        body.sendKeys(Keys.TAB);
        assertEquals("Skip to main content", PHONE.driver().switchTo().activeElement().getText());
        PHONE.driver().switchTo().activeElement().sendKeys(Keys.TAB);
        assertEquals("Call 988", PHONE.driver().switchTo().activeElement().getText());
    }

    @Test
    void onAPhoneTheMenuFoldsBehindAButtonThatOpensIt(RunningSite site) {
        PHONE.driver().get(site.uri("/").toString());
        WebElement button = PHONE.driver().findElement(By.cssSelector(".menu-button[role=button]"));
        WebElement nav = PHONE.driver().findElement(By.id("site-nav"));
        assertTrue(button.isDisplayed());
        assertFalse(nav.isDisplayed(), "the page comes first on a phone");

        button.sendKeys(Keys.ENTER);
        assertEquals("true", button.getAttribute("aria-expanded"));
        assertTrue(nav.isDisplayed());
        nav.findElement(By.linkText("Our team")).click();
        assertTrue(PHONE.driver().getCurrentUrl().endsWith("/our-team"));

        DESKTOP.driver().get(site.uri("/").toString());
        assertTrue(DESKTOP.driver().findElement(By.id("site-nav")).isDisplayed(), "a desktop shows the menu");
        assertFalse(DESKTOP.driver().findElement(By.cssSelector(".menu-button")).isDisplayed());
    }

    private static String describe(Rule rule) {
        return rule.getImpact() + " " + rule.getId() + ": " + rule.getHelp() + " at "
                + rule.getNodes().stream().map(node -> String.valueOf(node.getTarget())).toList();
    }
}
