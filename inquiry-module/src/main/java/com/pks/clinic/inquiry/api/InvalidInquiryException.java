package com.pks.clinic.inquiry.api;

import java.util.Map;

/** What was sent breaks a rule; nothing was stored. Names each field with a message in plain words. */
public class InvalidInquiryException extends InquiryException {

    private static final long serialVersionUID = 1L;

    private final Map<String, String> problems;

    public InvalidInquiryException(Map<String, String> problems) {
        super("Invalid inquiry: " + problems.keySet()); // field names only: never the values
        this.problems = Map.copyOf(problems);
    }

    /** Each refused field, as named in the record (or the rule, such as {@code reachable}), with its message. */
    public Map<String, String> problems() {
        return problems;
    }
}
