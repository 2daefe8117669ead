package com.pks.clinic.admin.internal.twofactor;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * Ten one-time codes for a lost phone, shown once and kept only as hashes: {@code XXXX-XXXX} in letters and digits
 * that cannot be misread (no 0/O, 1/I/L). Each has 40 random bits, so a plain SHA-256 is enough to keep it.
 */
public final class RecoveryCodes {

    public static final int COUNT = 10;
    private static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    private static final SecureRandom RANDOM = new SecureRandom();

    private RecoveryCodes() {
    }

    public static List<String> fresh() {
        return IntStream.range(0, COUNT).mapToObj(i -> part() + "-" + part()).toList();
    }

    /** Whether what was typed looks like a recovery code rather than a six-digit code. */
    public static boolean looksLikeOne(String typed) {
        return typed != null && normalized(typed).matches("[" + ALPHABET + "]{8}");
    }

    public static String hash(String code) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(normalized(code).getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String normalized(String typed) {
        return typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    }

    private static String part() {
        StringBuilder part = new StringBuilder(4);
        for (int i = 0; i < 4; i++) {
            part.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return part.toString();
    }
}
