package com.pks.clinic.web.site;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs a self-check result for the one way it may reach a consultation request: the result page's own button. The
 * seal is an HMAC over the questionnaire, the answers, the time and a random value that the result page also puts
 * in a {@code SameSite=Strict} cookie of this browser, under a key drawn when the site starts. So a link, or a form
 * on another site (whose post carries no such cookie), cannot attach a made-up result (one that would, say, mark
 * the request urgent), and a seal copied from one browser is no good in another. A seal is good for two hours and
 * dies with a restart; then the person simply answers again. The cookie identifies nobody and holds no answer.
 */
@ApplicationScoped
public class SelfCheckSeal {

    static final Duration VALID = Duration.ofHours(2);

    private final SecureRandom random = new SecureRandom();
    private final byte[] key = new byte[32];
    private final Clock clock;

    public SelfCheckSeal() {
        this(Clock.systemUTC());
    }

    SelfCheckSeal(Clock clock) {
        random.nextBytes(key);
        this.clock = clock;
    }

    /** The name of the cookie that carries the browser's half of the seal. */
    public static final String COOKIE = "pks-self-check";

    /** A new random value for the browser's cookie. */
    public String newBrowserValue() {
        byte[] value = new byte[16];
        random.nextBytes(value);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(value);
    }

    /** The seal of these answers to this questionnaire for the browser that holds this cookie value, made now. */
    public String seal(String screener, String answers, String browserValue) {
        long at = clock.instant().getEpochSecond();
        return at + "." + mac(screener, answers + "\n" + browserValue, at);
    }

    /** Whether the seal was made here, for exactly these answers and this browser, less than two hours ago. */
    public boolean isValid(String screener, String answers, String browserValue, String seal) {
        if (screener == null || answers == null || browserValue == null || seal == null
                || !seal.matches("[0-9]{1,12}\\.[A-Za-z0-9_-]+")) {
            return false;
        }
        long at = Long.parseLong(seal.substring(0, seal.indexOf('.')));
        Instant made = Instant.ofEpochSecond(at);
        Instant now = clock.instant();
        boolean fresh = !made.isAfter(now) && made.plus(VALID).isAfter(now);
        return fresh && MessageDigest.isEqual(mac(screener, answers + "\n" + browserValue, at)
                        .getBytes(StandardCharsets.US_ASCII),
                seal.substring(seal.indexOf('.') + 1).getBytes(StandardCharsets.US_ASCII));
    }

    private String mac(String screener, String answers, long at) {
        try {
            Mac hmac = Mac.getInstance("HmacSHA256");
            hmac.init(new SecretKeySpec(key, "HmacSHA256"));
            byte[] sum = hmac.doFinal((screener + "\n" + answers + "\n" + at).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(sum);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
