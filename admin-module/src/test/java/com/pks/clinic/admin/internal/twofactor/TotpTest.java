package com.pks.clinic.admin.internal.twofactor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** The codes are RFC 6238's (its SHA-1 test vectors, last six digits), good once, with one step of drift. */
class TotpTest {

    private static final byte[] RFC_SECRET = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

    @Test
    void theCodesAreThoseOfTheRfc() {
        assertEquals("287082", Totp.code(RFC_SECRET, Totp.step(Instant.ofEpochSecond(59))));
        assertEquals("081804", Totp.code(RFC_SECRET, Totp.step(Instant.ofEpochSecond(1111111109))));
        assertEquals("050471", Totp.code(RFC_SECRET, Totp.step(Instant.ofEpochSecond(1111111111))));
        assertEquals("005924", Totp.code(RFC_SECRET, Totp.step(Instant.ofEpochSecond(1234567890))));
        assertEquals("279037", Totp.code(RFC_SECRET, Totp.step(Instant.ofEpochSecond(2000000000))));
    }

    @Test
    void aCodeCountsForItsStepAndOneEitherSideAndOnlyOnce() {
        Instant now = Instant.ofEpochSecond(1234567890);
        long step = Totp.step(now);
        assertEquals(OptionalLong.of(step), Totp.accept(RFC_SECRET, Totp.code(RFC_SECRET, step), now, -1));
        assertEquals(OptionalLong.of(step - 1), Totp.accept(RFC_SECRET, Totp.code(RFC_SECRET, step - 1), now, -1));
        assertEquals(OptionalLong.of(step + 1), Totp.accept(RFC_SECRET, "  " + Totp.code(RFC_SECRET, step + 1), now,
                -1));
        assertTrue(Totp.accept(RFC_SECRET, Totp.code(RFC_SECRET, step - 2), now, -1).isEmpty(), "too old");
        assertTrue(Totp.accept(RFC_SECRET, Totp.code(RFC_SECRET, step), now, step).isEmpty(), "used already");
        assertTrue(Totp.accept(RFC_SECRET, "12345", now, -1).isEmpty());
        assertTrue(Totp.accept(RFC_SECRET, null, now, -1).isEmpty());
    }

    @Test
    void theAppReadsTheSecretInBase32() {
        assertEquals("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ", Base32.encode(RFC_SECRET));
        assertTrue(Totp.appUri("Psychiatric Ketamine Specialists", "kay@clinic.test", RFC_SECRET)
                .startsWith("otpauth://totp/Psychiatric%20Ketamine%20Specialists:kay%40clinic.test?secret=GEZDG"));
    }
}
