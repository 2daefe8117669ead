package com.pks.clinic.inquiry.internal.crisis;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

/**
 * Recognizes crisis language in free text, from the phrases in {@code inquiry/crisis-phrases.txt}. Text and phrases
 * are compared as sequences of whole words, ignoring case, spacing, punctuation and apostrophes.
 */
public final class CrisisLanguage {

    private static final String PHRASES = "inquiry/crisis-phrases.txt";

    private final List<String> phrases;

    private CrisisLanguage(List<String> phrases) {
        this.phrases = phrases;
    }

    /** The clinic's reviewed list, from the module's resources. */
    public static CrisisLanguage reviewedPhrases() {
        try (InputStream in = CrisisLanguage.class.getClassLoader().getResourceAsStream(PHRASES)) {
            if (in == null) {
                throw new IllegalStateException(PHRASES + " is missing");
            }
            return new CrisisLanguage(new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(CrisisLanguage::words)
                    .toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether the text contains one of the phrases. */
    public boolean isFoundIn(String text) {
        if (text == null || text.isBlank()) {
            return false;
        }
        String words = words(text);
        return phrases.stream().anyMatch(phrase -> words.contains(phrase));
    }

    /** The text as " word word word ": lower case, letters and digits only, apostrophes dropped. */
    private static String words(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
                .replaceAll("['’`]", "")
                .replaceAll("[^\\p{L}\\p{N}]+", " ")
                .strip();
        return " " + plain + " ";
    }
}
