package com.pks.clinic.content.api;

/** A frequently asked question with its answer (sanitized formatted text), in its group. */
public record Question(String key, String group, String question, String answerHtml) {
}
