package com.pks.clinic.content.api;

import java.io.Serializable;

/**
 * A link in a page's draft to a page of this site that a visitor could not open.
 *
 * @param href   the link as written
 * @param text   the linked words
 * @param reason what is wrong, in the editor's words: "There is no page /xyz."
 */
public record LinkProblem(String href, String text, String reason) implements Serializable {
}
