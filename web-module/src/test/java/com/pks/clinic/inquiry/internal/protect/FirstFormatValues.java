package com.pks.clinic.inquiry.internal.protect;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;

/**
 * For tests, in the inquiry module's package (the same runtime package in the WAR): writes a value as the first
 * format did, with the configured key (in the container) or a given one, bound to nothing, and runs the start-up
 * upgrade again.
 */
@Stateless
@PermitAll
public class FirstFormatValues {

    @PersistenceContext(unitName = "inquiry")
    private EntityManager em;

    /** The text as the first format stored it: {@code g1.<key id>.<base64 of nonce and ciphertext>}, no associated data. */
    public static String of(String plain) {
        return sealed(plain, Keyring.fromConfiguration());
    }

    /** The same under this key, outside the container (a database written as release 1.0 wrote it). */
    public static String of(String plain, byte[] key) {
        return sealed(plain, new Keyring(key, List.of()));
    }

    /** The key check that release 1.0 wrote under this key at its first start. */
    public static String keyCheck(byte[] key) {
        return of(DefaultInquiryEncryption.KNOWN_VALUE, key);
    }

    private static String sealed(String plain, Keyring keys) {
        try {
            byte[] nonce = new byte[12];
            new SecureRandom().nextBytes(nonce);
            Cipher aes = Cipher.getInstance("AES/GCM/NoPadding");
            aes.init(Cipher.ENCRYPT_MODE, keys.current(), new GCMParameterSpec(128, nonce));
            byte[] sealed = aes.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            return "g1." + keys.currentId() + "." + Base64.getEncoder()
                    .encodeToString(ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What the site does at start-up once the key is proven. */
    public void upgrade() {
        FirstFormatUpgrade.run(em);
    }
}
