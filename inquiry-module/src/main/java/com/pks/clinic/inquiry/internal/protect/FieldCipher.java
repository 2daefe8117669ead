package com.pks.clinic.inquiry.internal.protect;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

import com.pks.clinic.inquiry.api.InquiryKeyException;

/**
 * Authenticated encryption of one text value: AES-256-GCM with a fresh 96-bit nonce per value, bound to the place
 * it is stored ({@link StoredPlace}) as associated data, so that a value moved to another row or column no longer
 * opens. A stored value reads {@code g2.<key id>.<base64 of nonce and ciphertext>}: it names the key that can open
 * it. Values of the first format, {@code g1.}, were bound to nothing: {@link #open} refuses them, and only the
 * upgrade at start-up ({@link FirstFormatUpgrade}) reads them, to seal them again where they stand.
 */
public final class FieldCipher {

    private static final String BOUND = "g2";
    private static final String UNBOUND = "g1";
    private static final String TRANSFORMATION = "AES/GCM/NoPadding";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final Keyring keys;
    private final SecureRandom random = new SecureRandom();

    public FieldCipher(Keyring keys) {
        this.keys = keys;
    }

    public String seal(String plain, StoredPlace place) {
        if (plain == null) {
            return null;
        }
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            random.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.ENCRYPT_MODE, keys.current(), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(place.associatedData());
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            byte[] stored = ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array();
            return BOUND + "." + keys.currentId() + "." + Base64.getEncoder().encodeToString(stored);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every Java runtime", e);
        }
    }

    public String open(String stored, StoredPlace place) {
        return open(stored, place, BOUND);
    }

    /** A value of the first format, bound to nothing: for the upgrade that binds it. */
    String openFirstFormat(String stored) {
        return open(stored, null, UNBOUND);
    }

    private String open(String stored, StoredPlace place, String format) {
        if (stored == null) {
            return null;
        }
        String[] parts = stored.split("\\.", 3);
        if (parts.length != 3 || !format.equals(parts[0])) {
            throw new InquiryKeyException("A stored inquiry value is not in the encrypted format"
                    + (UNBOUND.equals(parts[0]) ? " (an unbound value of the first format, not where it was sealed)" : ""));
        }
        SecretKey key = keys.byId(parts[1]).orElseThrow(() -> new InquiryKeyException(
                "A stored inquiry value was encrypted with key " + parts[1] + ", which is not configured "
                        + "(add its file to clinic.inquiry.retired-key-files)"));
        try {
            byte[] bytes = Base64.getDecoder().decode(parts[2]);
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, bytes, 0, NONCE_BYTES));
            if (place != null) {
                cipher.updateAAD(place.associatedData());
            }
            return new String(cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new InquiryKeyException("A stored inquiry value in " + (place == null ? "the first format" : place)
                    + " could not be decrypted with key "
                    + parts[1] + ": the key is wrong, or the value was altered or moved from another place");
        }
    }

    /** Whether a stored value is of the first format, bound to no place (to be sealed again where it stands). */
    static boolean isUnbound(String stored) {
        return stored != null && stored.startsWith(UNBOUND + ".");
    }
}
