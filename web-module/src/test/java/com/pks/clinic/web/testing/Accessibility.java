package com.pks.clinic.web.testing;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.List;

/** A console or public screen checked as a person with assistive technology, or on a small phone, meets it. */
public final class Accessibility {

    private Accessibility() {
    }

    /**
     * Opens the address and checks it: no axe violations, no sideways scrolling at the browser's width, no errors in
     * the browser's console (a script error, a resource the policy refused). Saves a screenshot to look at.
     */
    public static void assertNoViolations(Browser browser, RunningSite site, String path) {
        browser.consoleErrors(); // reading the log empties it: what earlier pages wrote does not count here
        browser.driver().get(site.uri(path).toString());
        assertNoViolationsNow(browser, "console" + path);
    }

    /** The same checks on the page as it is now (a dialog open, say), named for its screenshot. */
    public static void assertNoViolationsNow(Browser browser, String path) {
        List<String> violations = new AxeBuilder().analyze(browser.driver()).getViolations().stream()
                .map(Accessibility::describe).toList();
        browser.screenshot(path.replaceAll("[^A-Za-z0-9]", "-") + "-"
                + browser.driver().manage().window().getSize().getWidth());
        int scrollWidth = ((Number) browser.driver().executeScript("return document.documentElement.scrollWidth;"))
                .intValue();
        int width = ((Number) browser.driver().executeScript("return window.innerWidth;")).intValue();
        List<?> errors = browser.consoleErrors();
        assertAll(path,
                () -> assertTrue(violations.isEmpty(), String.join("\n", violations)),
                () -> assertTrue(scrollWidth <= width, "no sideways scrolling: " + scrollWidth + " > " + width),
                () -> assertTrue(errors.isEmpty(), errors.toString()));
    }

    private static String describe(Rule rule) {
        return rule.getImpact() + " " + rule.getId() + ": " + rule.getHelp() + " at "
                + rule.getNodes().stream().map(node -> String.valueOf(node.getTarget())).toList();
    }
}
