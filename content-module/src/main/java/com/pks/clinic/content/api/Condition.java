package com.pks.clinic.content.api;

/**
 * A condition the clinic treats, with its own public page.
 *
 * @param summary  one or two plain sentences for the list and for search results; may be empty
 * @param bodyHtml the text of its page (sanitized formatted text)
 */
public record Condition(String key, String name, String summary, String bodyHtml) {
}
