package com.pks.clinic.admin.api;

import java.util.Map;

/** The fields of an account (or of the set-up form) that break a rule, each with its message. */
public class InvalidAccountException extends AccountException {

    private static final long serialVersionUID = 1L;

    private final Map<String, String> problems;

    public InvalidAccountException(Map<String, String> problems) {
        super("The account breaks a rule in: " + problems.keySet());
        this.problems = Map.copyOf(problems);
    }

    public static InvalidAccountException of(String field, String message) {
        return new InvalidAccountException(Map.of(field, message));
    }

    public Map<String, String> problems() {
        return problems;
    }
}
