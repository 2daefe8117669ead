package com.pks.clinic.inquiry.internal.protect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

import com.pks.clinic.inquiry.api.InquiryKeyException;

class FieldCipherTest {

    private static final byte[] OLD_KEY = key();
    private static final byte[] NEW_KEY = key();

    private final FieldCipher cipher = new FieldCipher(new Keyring(OLD_KEY, List.of()));

    @Test
    void textInAnyScriptComesBackAsItWas() {
        for (String text : List.of("Zoë O’Brien", "山田 太郎", "I don't want to live", "")) {
            String stored = cipher.encrypt(text);
            assertFalse(stored.contains(text.isEmpty() ? "\u0000" : text), stored);
            assertTrue(stored.startsWith("g1."));
            // neither the text nor its bytes behind an encoding: a plain base64 of it would fail here
            byte[] payload = java.util.Base64.getDecoder().decode(stored.split("\\.", 3)[2]);
            byte[] plain = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(payload.length >= plain.length + 12 + 16, "a nonce and an authentication tag with it");
            assertFalse(plain.length > 0 && new String(payload, java.nio.charset.StandardCharsets.ISO_8859_1)
                    .contains(new String(plain, java.nio.charset.StandardCharsets.ISO_8859_1)), "encrypted, not encoded");
            assertEquals(text, cipher.decrypt(stored));
        }
        assertNull(cipher.encrypt(null));
        assertNull(cipher.decrypt(null));
    }

    @Test
    void everyValueGetsAFreshNonce() {
        assertNotEquals(cipher.encrypt("same words"), cipher.encrypt("same words"));
    }

    @Test
    void anAlteredValueIsRefused() {
        String[] parts = cipher.encrypt("406-880-7571").split("\\.", 3);
        byte[] sealed = Base64.getDecoder().decode(parts[2]);
        sealed[sealed.length / 2] ^= 1; // one bit of the ciphertext
        String altered = parts[0] + "." + parts[1] + "." + Base64.getEncoder().encodeToString(sealed);
        assertThrows(InquiryKeyException.class, () -> cipher.decrypt(altered));
        assertThrows(InquiryKeyException.class, () -> cipher.decrypt("plain text"));
    }

    @Test
    void aNewKeyCoexistsWithTheRetiredOneAndAnUnknownKeyIsNamed() {
        String underOldKey = cipher.encrypt("written last year");
        FieldCipher rotated = new FieldCipher(new Keyring(NEW_KEY, List.of(OLD_KEY)));
        assertEquals("written last year", rotated.decrypt(underOldKey), "retired keys still read");
        String underNewKey = rotated.encrypt("written today");
        assertNotEquals(underOldKey.split("\\.")[1], underNewKey.split("\\.")[1], "the value names its key");

        InquiryKeyException unknown = assertThrows(InquiryKeyException.class, () -> cipher.decrypt(underNewKey));
        assertTrue(unknown.getMessage().contains("retired-key-files"), unknown.getMessage());
    }

    private static byte[] key() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return key;
    }
}
