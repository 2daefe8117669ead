package com.pks.clinic.admin.internal.twofactor;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Keeps the staff's two-factor secrets encrypted at rest (AES-256-GCM, a fresh nonce per value), each bound to its
 * place (the account it belongs to) so that it cannot be moved to another row undetected. The key lives outside the
 * data directory: {@code clinic.admin.key-file} (created owner-only on first use) or {@code clinic.admin.key}
 * (base64). Without it the secrets cannot be read, and staff must enrol again (an Administrator resets them).
 */
@ApplicationScoped
public class SecretBox {

    private static final String FORMAT = "a1.";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecureRandom random = new SecureRandom();
    private volatile SecretKeySpec key;

    public String seal(byte[] secret, String place) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            random.nextBytes(nonce);
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, nonce, place);
            byte[] sealed = cipher.doFinal(secret);
            return FORMAT + Base64.getEncoder().encodeToString(ByteBuffer.allocate(nonce.length + sealed.length)
                    .put(nonce).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("A two-factor secret could not be encrypted", e);
        }
    }

    public byte[] open(String sealed, String place) {
        if (sealed == null || !sealed.startsWith(FORMAT)) {
            throw new IllegalStateException("Not a sealed two-factor secret");
        }
        byte[] bytes = Base64.getDecoder().decode(sealed.substring(FORMAT.length()));
        try {
            Cipher cipher = cipher(Cipher.DECRYPT_MODE, java.util.Arrays.copyOf(bytes, NONCE_BYTES), place);
            return cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("A two-factor secret could not be read with this key", e);
        }
    }

    private Cipher cipher(int mode, byte[] nonce, String place) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, key(), new GCMParameterSpec(TAG_BITS, nonce));
        cipher.updateAAD(place.getBytes(StandardCharsets.UTF_8));
        return cipher;
    }

    private SecretKeySpec key() {
        if (key == null) {
            synchronized (this) {
                if (key == null) {
                    key = new SecretKeySpec(loadOrCreate(), "AES");
                }
            }
        }
        return key;
    }

    private static byte[] loadOrCreate() {
        Optional<String> given = ConfigProvider.getConfig().getOptionalValue("clinic.admin.key", String.class);
        if (given.isPresent()) {
            return Base64.getDecoder().decode(given.get().strip());
        }
        Path file = Path.of(ConfigProvider.getConfig().getValue("clinic.admin.key-file", String.class));
        try {
            if (Files.exists(file)) {
                return Base64.getDecoder().decode(Files.readString(file, StandardCharsets.US_ASCII).strip());
            }
            byte[] fresh = new byte[32];
            new SecureRandom().nextBytes(fresh);
            Files.createDirectories(file.getParent());
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(file, Base64.getEncoder().encodeToString(fresh), StandardCharsets.US_ASCII);
            return fresh;
        } catch (IOException e) {
            throw new UncheckedIOException("The two-factor key file " + file + " could not be read or created", e);
        }
    }
}
