package com.pks.clinic.inquiry.internal.protect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

import com.pks.clinic.inquiry.api.InquiryKeyException;

class FieldCipherTest {

    private static final byte[] OLD_KEY = key();
    private static final byte[] NEW_KEY = key();
    private static final StoredPlace NAME_OF_A = new StoredPlace("inquiry_request", "name", "REF-A");

    private final Keyring keyring = new Keyring(OLD_KEY, List.of());
    private final FieldCipher cipher = new FieldCipher(keyring);

    @Test
    void textInAnyScriptComesBackAsItWas() {
        for (String text : List.of("Zoë O’Brien", "山田 太郎", "I don't want to live", "")) {
            String stored = cipher.seal(text, NAME_OF_A);
            assertFalse(stored.contains(text.isEmpty() ? "\u0000" : text), stored);
            assertTrue(stored.startsWith("g2."));
            // neither the text nor its bytes behind an encoding: a plain base64 of it would fail here
            byte[] payload = Base64.getDecoder().decode(stored.split("\\.", 3)[2]);
            byte[] plain = text.getBytes(StandardCharsets.UTF_8);
            assertTrue(payload.length >= plain.length + 12 + 16, "a nonce and an authentication tag with it");
            assertFalse(plain.length > 0 && new String(payload, StandardCharsets.ISO_8859_1)
                    .contains(new String(plain, StandardCharsets.ISO_8859_1)), "encrypted, not encoded");
            assertEquals(text, cipher.open(stored, NAME_OF_A));
        }
        assertNull(cipher.seal(null, NAME_OF_A));
        assertNull(cipher.open(null, NAME_OF_A));
    }

    @Test
    void everyValueGetsAFreshNonce() {
        assertNotEquals(cipher.seal("same words", NAME_OF_A), cipher.seal("same words", NAME_OF_A));
    }

    @Test
    void aValueOpensOnlyInThePlaceItWasWrittenFor() {
        String stored = cipher.seal("Zoë Quist", NAME_OF_A);
        for (StoredPlace elsewhere : List.of(new StoredPlace("inquiry_request", "name", "REF-B"),
                new StoredPlace("inquiry_request", "patient_name", "REF-A"),
                new StoredPlace("inquiry_note", "name", "REF-A"))) {
            InquiryKeyException moved = assertThrows(InquiryKeyException.class, () -> cipher.open(stored, elsewhere));
            assertTrue(moved.getMessage().contains(elsewhere.table() + "." + elsewhere.column()), moved.getMessage());
            assertFalse(moved.getMessage().contains("REF-A"), "no reference in what may be logged");
        }
    }

    @Test
    void aValueOfTheFirstFormatIsReadOnlyToBeSealedAgain() throws Exception {
        String unbound = firstFormat("written before values were bound");
        assertTrue(FieldCipher.isUnbound(unbound));
        assertFalse(FieldCipher.isUnbound(cipher.seal("new", NAME_OF_A)));
        assertEquals("written before values were bound", cipher.openFirstFormat(unbound), "the upgrade reads it");
        InquiryKeyException anywhere = assertThrows(InquiryKeyException.class, () -> cipher.open(unbound, NAME_OF_A));
        assertTrue(anywhere.getMessage().contains("first format"), "bound to nothing, it opens nowhere: "
                + anywhere.getMessage());
    }

    @Test
    void anAlteredValueIsRefused() {
        String[] parts = cipher.seal("406-880-7571", NAME_OF_A).split("\\.", 3);
        byte[] sealed = Base64.getDecoder().decode(parts[2]);
        sealed[sealed.length / 2] ^= 1; // one bit of the ciphertext
        String altered = parts[0] + "." + parts[1] + "." + Base64.getEncoder().encodeToString(sealed);
        assertThrows(InquiryKeyException.class, () -> cipher.open(altered, NAME_OF_A));
        assertThrows(InquiryKeyException.class, () -> cipher.open("plain text", NAME_OF_A));
        String downgraded = "g1" + cipher.seal("406-880-7571", NAME_OF_A).substring(2); // claiming the old format
        // does not drop the binding: the tag was made over the place too
        assertThrows(InquiryKeyException.class, () -> cipher.open(downgraded, NAME_OF_A));
    }

    @Test
    void aNewKeyCoexistsWithTheRetiredOneAndAnUnknownKeyIsNamed() {
        String underOldKey = cipher.seal("written last year", NAME_OF_A);
        FieldCipher rotated = new FieldCipher(new Keyring(NEW_KEY, List.of(OLD_KEY)));
        assertEquals("written last year", rotated.open(underOldKey, NAME_OF_A), "retired keys still read");
        String underNewKey = rotated.seal("written today", NAME_OF_A);
        assertNotEquals(underOldKey.split("\\.")[1], underNewKey.split("\\.")[1], "the value names its key");

        InquiryKeyException unknown = assertThrows(InquiryKeyException.class, () -> cipher.open(underNewKey, NAME_OF_A));
        assertTrue(unknown.getMessage().contains("retired-key-files"), unknown.getMessage());
    }

    /** A value as the first format wrote it: AES-GCM without associated data, {@code g1.<key id>.<base64>}. */
    private String firstFormat(String text) throws Exception {
        byte[] nonce = new byte[12];
        new SecureRandom().nextBytes(nonce);
        Cipher aes = Cipher.getInstance("AES/GCM/NoPadding");
        aes.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(OLD_KEY, "AES"), new GCMParameterSpec(128, nonce));
        byte[] sealed = aes.doFinal(text.getBytes(StandardCharsets.UTF_8));
        return "g1." + keyring.currentId() + "."
                + Base64.getEncoder().encodeToString(ByteBuffer.allocate(12 + sealed.length).put(nonce).put(sealed).array());
    }

    private static byte[] key() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return key;
    }
}
