package com.pks.clinic.content.api;

/** A condition the clinic treats, with a short summary (sanitized formatted text). */
public record Condition(String key, String name, String summaryHtml) {
}
