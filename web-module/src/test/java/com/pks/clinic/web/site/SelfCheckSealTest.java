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
    private final String seal = sealer.seal("phq-9", ANSWERS);

    @Test
    void theSealFitsExactlyTheAnswersItWasMadeFor() {
        assertTrue(sealer.isValid("phq-9", ANSWERS, seal));
        assertFalse(sealer.isValid("phq-9", "0,1,0,0,2,0,0,0,3", seal), "other answers");
        assertFalse(sealer.isValid("gad-7", ANSWERS, seal), "another questionnaire");
        assertFalse(sealer.isValid("phq-9", ANSWERS, null), "no seal: a link");
        assertFalse(sealer.isValid("phq-9", ANSWERS, "1796000000.forged"), "made up");
        assertFalse(sealer.isValid("phq-9", ANSWERS, "not a seal"));
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
        String made = moving.seal("phq-9", ANSWERS);
        now.set(MADE.plus(Duration.ofMinutes(119)));
        assertTrue(moving.isValid("phq-9", ANSWERS, made));
        now.set(MADE.plus(SelfCheckSeal.VALID));
        assertFalse(moving.isValid("phq-9", ANSWERS, made), "two hours later");
        now.set(MADE.minusSeconds(60));
        assertFalse(moving.isValid("phq-9", ANSWERS, made), "made in the future");
        assertFalse(new SelfCheckSeal(Clock.fixed(MADE, ZoneOffset.UTC)).isValid("phq-9", ANSWERS, seal),
                "another start of the site has another key");
    }
}
