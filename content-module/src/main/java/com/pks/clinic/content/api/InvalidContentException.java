package com.pks.clinic.content.api;

import java.util.Map;
import java.util.TreeMap;

/** What an editor sent breaks a rule (blank title, reserved address, text too long…); nothing was stored. */
public class InvalidContentException extends ContentException {

    private static final long serialVersionUID = 1L;

    private final Map<String, String> problems;

    /** @param problems each refused field (as named in the record) with a message in plain words */
    public InvalidContentException(Map<String, String> problems) {
        super("Invalid content: " + new TreeMap<>(problems));
        this.problems = Map.copyOf(problems);
    }

    public static InvalidContentException of(String field, String message) {
        return new InvalidContentException(Map.of(field, message));
    }

    public Map<String, String> problems() {
        return problems;
    }
}
