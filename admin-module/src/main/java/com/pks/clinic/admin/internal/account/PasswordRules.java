package com.pks.clinic.admin.internal.account;

import com.nulabinc.zxcvbn.StandardDictionaries;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a new password must be, as NIST SP 800-63B asks: long enough (at least 12 characters; up to 256, so that a
 * pass phrase fits), not one of the 30,000 most common passwords (the list zxcvbn4j bundles), nor one of them with
 * digits or symbols around it, nor built from the person's address or the clinic's name. No rules on which kinds of
 * characters it holds: they make passwords harder to remember, not harder to guess.
 */
public final class PasswordRules {

    static final int MIN_LENGTH = 12;
    static final int MAX_LENGTH = 256;
    private static final List<String> CONTEXT_WORDS = List.of("ketamine", "psychiatric", "missoula", "clinic",
            "password");
    private static final Set<String> COMMON = loadCommon();

    private PasswordRules() {
    }

    /** What is wrong with this password for this account, in plain words, or empty when it will do. */
    public static Optional<String> problem(String password, String username) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return Optional.of("Please choose a password of at least " + MIN_LENGTH + " characters. A few unrelated "
                    + "words make a strong one that is easy to remember.");
        }
        if (password.length() > MAX_LENGTH) {
            return Optional.of("Please keep the password to " + MAX_LENGTH + " characters.");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        String core = lower.replaceAll("^[^\\p{L}]+|[^\\p{L}]+$", "");
        if (COMMON.contains(lower) || COMMON.contains(core) || core.isEmpty() || lower.chars().distinct().count() < 4) {
            return Optional.of("This password is one that many people use, so it is easy to guess. Please choose "
                    + "another one.");
        }
        String name = username == null ? "" : username.toLowerCase(Locale.ROOT).split("@")[0];
        if (name.length() >= 4 && lower.contains(name)
                || CONTEXT_WORDS.stream().anyMatch(word -> core.equals(word) || lower.startsWith(word))) {
            return Optional.of("Please do not build the password from your e-mail address, the clinic's name or the "
                    + "word password: those are the first things someone would try.");
        }
        return Optional.empty();
    }

    private static Set<String> loadCommon() {
        try {
            return new HashSet<>(StandardDictionaries.PASSWORDS_LOADER.load().getFrequencies());
        } catch (IOException e) {
            throw new UncheckedIOException("The list of common passwords could not be read", e);
        }
    }
}
