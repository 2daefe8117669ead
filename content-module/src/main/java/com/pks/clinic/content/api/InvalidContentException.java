package com.pks.clinic.content.api;

import jakarta.validation.ConstraintViolation;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** What an editor sent breaks a rule (blank title, text too long…); nothing was stored. */
public class InvalidContentException extends ContentException {

    private static final long serialVersionUID = 1L;

    private final Map<String, String> problems;

    public InvalidContentException(Set<? extends ConstraintViolation<?>> violations) {
        super("Invalid content: " + describe(violations));
        this.problems = describe(violations);
    }

    /** Each refused field (as named in the record) with a message in plain words. */
    public Map<String, String> problems() {
        return problems;
    }

    private static Map<String, String> describe(Set<? extends ConstraintViolation<?>> violations) {
        Map<String, String> byField = new TreeMap<>();
        violations.forEach(v -> byField.merge(v.getPropertyPath().toString(), v.getMessage(), (a, b) -> a + "; " + b));
        return Map.copyOf(byField);
    }
}
