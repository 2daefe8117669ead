package com.pks.clinic.web.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import com.pks.clinic.admin.internal.twofactor.Totp;

/**
 * Signs a member of staff in as a person with an authenticator app would: the password, then the app's code, or,
 * on the first sign-in of a role that needs one, setting up the app from the secret the page shows (the code
 * computed as the app would). Remembers each account's secret and recovery codes, and waits for the next
 * thirty-second step rather than type a code twice (which the site rightly refuses).
 */
public final class StaffSignIn {

    private static final Map<String, byte[]> SECRETS = new ConcurrentHashMap<>();
    private static final Map<String, Long> LAST_STEP = new ConcurrentHashMap<>();
    private static final Map<String, List<String>> RECOVERY_CODES = new ConcurrentHashMap<>();

    private StaffSignIn() {
    }

    private static final Pattern SET_UP_LINK = Pattern.compile("/admin/set-up\\?token=([A-Za-z0-9_-]+)");

    /**
     * Creates the first Administrator as a new clinic would, through the set-up link that the server logs on its
     * first start, after a first send with two mistakes that are named together; leaves the browser on the page
     * that says the account is ready.
     *
     * @return the set-up link, spent now
     */
    public static String setUpFirstAdministrator(Browser browser, RunningSite site, String displayName, String username,
                                               String password) {
        Matcher link = SET_UP_LINK.matcher(site.log());
        assertTrue(link.find(), "the server logs a set-up link on its first start");
        String setUpLink = site.uri("/admin/set-up?token=" + link.group(1)).toString();
        browser.driver().get(setUpLink);
        // first the name forgotten and the password mistyped: both are named at once, and the address stays typed
        browser.type("username", username);
        browser.type("password", password);
        browser.type("passwordAgain", password + "x");
        browser.submit("create-button");
        String refused = browser.text("main");
        assertTrue(refused.contains("Please give the person's name.")
                && refused.contains("The two passwords are not the same."), refused);
        assertEquals(username, browser.driver().findElement(By.id("username")).getAttribute("value"));
        browser.type("displayName", displayName);
        browser.type("password", password);
        browser.type("passwordAgain", password);
        browser.submit("create-button");
        assertTrue(browser.driver().getPageSource().contains("Your account is ready"), "the account is created");
        return setUpLink;
    }

    /** What the sign-in asked after the password. */
    public enum Step { NONE, CODE, SET_UP_APP, REFUSED }

    /** Types the password; returns what came next, and leaves the browser there. */
    public static Step password(Browser browser, RunningSite site, String username, String password) {
        browser.driver().get(site.uri("/admin/sign-in").toString());
        return passwordHere(browser, username, password);
    }

    /** The same, on the sign-in page the browser shows already (say, after following a link into the console). */
    public static Step passwordHere(Browser browser, String username, String password) {
        browser.type("username", username);
        browser.type("password", password);
        browser.submit("sign-in-button");
        String url = browser.driver().getCurrentUrl();
        return url.contains("/admin/sign-in/set-up-app") ? Step.SET_UP_APP : url.contains("/admin/sign-in/code")
                ? Step.CODE : browser.driver().findElements(By.id("sign-in-failed")).isEmpty() ? Step.NONE
                : Step.REFUSED;
    }

    /** Signs in all the way, through whatever second step the account needs; fails when that is not possible. */
    public static Step signIn(Browser browser, RunningSite site, String username, String password) {
        Step step = password(browser, site, username, password);
        switch (step) {
            case SET_UP_APP -> setUpApp(browser, username);
            case CODE -> giveCode(browser, username);
            case NONE -> { }
            case REFUSED -> throw new AssertionError("Signing in as " + username + " was refused");
        }
        if (!browser.driver().getCurrentUrl().contains("/admin/") || browser.driver().getCurrentUrl()
                .contains("/admin/sign-in")) {
            throw new AssertionError("Not signed in as " + username + ": " + browser.driver().getCurrentUrl());
        }
        return step;
    }

    /** On the set-up page: reads the secret, types the app's code, and keeps the recovery codes shown. */
    public static void setUpApp(Browser browser, String username) {
        byte[] secret = base32(browser.text("secret"));
        SECRETS.put(key(username), secret);
        browser.type("code", nextCode(username));
        browser.submit("confirm-button");
        RECOVERY_CODES.put(key(username), browser.driver().findElements(By.cssSelector("#recovery-codes code"))
                .stream().map(WebElement::getText).toList());
    }

    /** On the code page: types the app's present code (waiting for a fresh step if this one was used). */
    public static void giveCode(Browser browser, String username) {
        browser.type("code", nextCode(username));
        browser.submit("code-button");
    }

    /** The recovery codes the site showed when the app was set up. */
    public static List<String> recoveryCodes(String username) {
        return RECOVERY_CODES.getOrDefault(key(username), List.of());
    }

    /** The code of the step this account last used: the site must refuse it. */
    public static String usedCode(String username) {
        return Totp.code(SECRETS.get(key(username)), LAST_STEP.get(key(username)));
    }

    private static String nextCode(String username) {
        byte[] secret = SECRETS.get(key(username));
        long step = Totp.step(Instant.now());
        while (step <= LAST_STEP.getOrDefault(key(username), -1L)) {
            sleep();
            step = Totp.step(Instant.now());
        }
        LAST_STEP.put(key(username), step);
        return Totp.code(secret, step);
    }

    private static byte[] base32(String text) {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        String clean = text.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
        byte[] out = new byte[clean.length() * 5 / 8];
        int buffer = 0;
        int bits = 0;
        int index = 0;
        for (char c : clean.toCharArray()) {
            buffer = (buffer << 5) | alphabet.indexOf(c);
            bits += 5;
            if (bits >= 8) {
                out[index++] = (byte) (buffer >> (bits - 8));
                bits -= 8;
            }
        }
        return out;
    }

    private static String key(String username) {
        return username.toLowerCase(Locale.ROOT);
    }

    private static void sleep() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
