package com.pks.clinic.inquiry.api;

import java.util.List;

/** Some items of a self-check have no (valid) answer; they are named so that the person can answer them. */
public class IncompleteScreeningException extends InquiryException {

    private static final long serialVersionUID = 1L;

    private final List<Integer> unansweredItems;

    public IncompleteScreeningException(List<Integer> unansweredItems) {
        super("Unanswered items: " + unansweredItems);
        this.unansweredItems = List.copyOf(unansweredItems);
    }

    /** The unanswered items' numbers, counting from 1 as the questionnaire does. */
    public List<Integer> unansweredItems() {
        return unansweredItems;
    }
}
