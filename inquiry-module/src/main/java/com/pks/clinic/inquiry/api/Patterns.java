package com.pks.clinic.inquiry.api;

/** The shapes of contact details that the forms accept, shared by the records' constraints. */
final class Patterns {

    /** Names in any script: letters and marks of every alphabet, spaces, apostrophes, hyphens and dots. */
    static final String NAME = "[\\p{L}\\p{M}][\\p{L}\\p{M} .'’-]*";

    /**
     * A phone number as people write it, in any country: optional +, digits, spaces, dots, dashes, parentheses.
     * Blank passes: whether a number is required is another rule's concern.
     */
    static final String PHONE = "\\s*|\\+?[0-9(][0-9 ().-]{5,24}";

    private Patterns() {
    }
}
