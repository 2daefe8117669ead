package com.pks.clinic.web.site;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class SelfCheckSealTest {

    private static final Instant MADE = Instant.parse("2026-12-01T10:00:00Z");
    private static final String ANSWERS = "0,1,0,0,2,0,0,0,1";

    private final SelfCheckSeal sealer = new SelfCheckSeal(Clock.fixed(MADE, ZoneOffset.UTC));
    private static final String BROWSER = "browser-half";

    private final String seal = sealer.seal("phq-9", ANSWERS, BROWSER);

    @Test
    void theSealFitsExactlyTheAnswersItWasMadeFor() {
        assertTrue(sealer.isValid("phq-9", ANSWERS, BROWSER, seal));
        assertFalse(sealer.isValid("phq-9", "0,1,0,0,2,0,0,0,3", BROWSER, seal), "other answers");
        assertFalse(sealer.isValid("gad-7", ANSWERS, BROWSER, seal), "another questionnaire");
        assertFalse(sealer.isValid("phq-9", ANSWERS, "another-browser", seal), "copied to another browser");
        assertFalse(sealer.isValid("phq-9", ANSWERS, null, seal), "a post from another site carries no cookie");
        assertFalse(sealer.isValid("phq-9", ANSWERS, BROWSER, null), "no seal: a link");
        assertFalse(sealer.isValid("phq-9", ANSWERS, BROWSER, MADE.getEpochSecond() + ".bWFkZS11cA"),
                "made up, with a fresh time: only the MAC can refuse it");
        assertFalse(sealer.isValid("phq-9", ANSWERS, BROWSER, "not a seal"));
    }

    @Test
    void aSealIsGoodForTwoHoursAndOnlyFromTheStartOfTheSiteThatMadeIt() {
        AtomicReference<Instant> now = new AtomicReference<>(MADE);
        SelfCheckSeal moving = new SelfCheckSeal(new Clock() {
            @Override
            public Instant instant() {
                return now.get();
            }

            @Override
            public ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }
        });
        String made = moving.seal("phq-9", ANSWERS, BROWSER);
        now.set(MADE.plus(Duration.ofMinutes(119)));
        assertTrue(moving.isValid("phq-9", ANSWERS, BROWSER, made));
        now.set(MADE.plus(SelfCheckSeal.VALID));
        assertFalse(moving.isValid("phq-9", ANSWERS, BROWSER, made), "two hours later");
        now.set(MADE.minusSeconds(60));
        assertFalse(moving.isValid("phq-9", ANSWERS, BROWSER, made), "made in the future");
        assertFalse(new SelfCheckSeal(Clock.fixed(MADE, ZoneOffset.UTC)).isValid("phq-9", ANSWERS, BROWSER, seal),
                "another start of the site has another key");
    }
}
