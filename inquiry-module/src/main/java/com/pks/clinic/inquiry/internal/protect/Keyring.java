package com.pks.clinic.inquiry.internal.protect;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

import com.pks.clinic.inquiry.api.InquiryKeyException;

/**
 * The keys of inquiries: the current one, which encrypts, and retired ones, which still decrypt what they
 * encrypted. The current key comes from {@code clinic.inquiry.key} (base64, e.g. from the environment) or from the
 * key file {@code clinic.inquiry.key-file}, created with owner-only permissions on the first start when absent.
 * Never logged.
 */
public final class Keyring {

    static final String KEY_SETTING = "clinic.inquiry.key";
    static final String KEY_FILE_SETTING = "clinic.inquiry.key-file";
    static final String RETIRED_KEY_FILES_SETTING = "clinic.inquiry.retired-key-files";
    private static final int KEY_BYTES = 32;

    private final String currentId;
    private final Map<String, SecretKey> byId;

    Keyring(byte[] current, List<byte[]> retired) {
        Map<String, SecretKey> keys = new LinkedHashMap<>();
        this.currentId = add(keys, current);
        retired.forEach(key -> add(keys, key));
        this.byId = Map.copyOf(keys);
    }

    /** The keys the configuration names; creates the key file when neither a key nor a file exists. */
    public static Keyring fromConfiguration() {
        Config config = ConfigProvider.getConfig(Keyring.class.getClassLoader());
        byte[] current = config.getOptionalValue(KEY_SETTING, String.class)
                .map(text -> decode(text, KEY_SETTING))
                .orElseGet(() -> readOrCreate(Path.of(config.getValue(KEY_FILE_SETTING, String.class))));
        List<byte[]> retired = config.getOptionalValues(RETIRED_KEY_FILES_SETTING, String.class).orElse(List.of())
                .stream().map(file -> read(Path.of(file))).toList();
        return new Keyring(current, retired);
    }

    String currentId() {
        return currentId;
    }

    SecretKey current() {
        return byId.get(currentId);
    }

    Optional<SecretKey> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    private static String add(Map<String, SecretKey> keys, byte[] key) {
        String id = idOf(key);
        keys.putIfAbsent(id, new SecretKeySpec(key, "AES"));
        return id;
    }

    /** A short, public fingerprint of a key: which key encrypted a value, without revealing the key. */
    private static String idOf(byte[] key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, 6));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static byte[] readOrCreate(Path file) {
        if (!Files.exists(file)) {
            try {
                Files.createDirectories(file.toAbsolutePath().getParent(),
                        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
                byte[] key = new byte[KEY_BYTES];
                new SecureRandom().nextBytes(key);
                Files.writeString(Files.createFile(file,
                                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))),
                        Base64.getEncoder().encodeToString(key) + "\n", StandardCharsets.US_ASCII);
            } catch (FileAlreadyExistsException raced) {
                // another start created it first: read theirs
            } catch (IOException e) {
                throw new InquiryKeyException("Cannot create the inquiry key file " + file + ": " + e.getMessage());
            }
        }
        return read(file);
    }

    private static byte[] read(Path file) {
        try {
            refuseIfOthersMayRead(file);
            return decode(Files.readString(file, StandardCharsets.US_ASCII), file.toString());
        } catch (IOException e) {
            throw new InquiryKeyException("Cannot read the inquiry key file " + file + ": " + e.getMessage());
        }
    }

    /**
     * A key that other accounts of the machine can read is as good as lost: it is refused like a wrong key, so that
     * nothing new is encrypted under it, and the message says how to fix it.
     */
    static void refuseIfOthersMayRead(Path file) throws IOException {
        Set<PosixFilePermission> permissions;
        try {
            permissions = Files.getPosixFilePermissions(file);
        } catch (UnsupportedOperationException notPosix) {
            return; // Windows: the file's access list is the operating system's to keep
        }
        if (permissions.stream().anyMatch(permission -> permission.name().startsWith("GROUP_")
                || permission.name().startsWith("OTHERS_"))) {
            throw new InquiryKeyException("Other accounts of this machine may read the inquiry key file " + file
                    + " (" + PosixFilePermissions.toString(permissions) + "), so it is not used. Make it readable by "
                    + "the site's account alone (chmod 600 " + file + "), consider the key exposed (see key rotation "
                    + "in the README), and start the site again.");
        }
    }

    private static byte[] decode(String text, String source) {
        try {
            byte[] key = Base64.getDecoder().decode(text.strip());
            if (key.length != KEY_BYTES) {
                throw new InquiryKeyException("The inquiry key from " + source + " is not a 256-bit key");
            }
            return key;
        } catch (IllegalArgumentException e) {
            throw new InquiryKeyException("The inquiry key from " + source + " is not valid base64");
        }
    }
}
