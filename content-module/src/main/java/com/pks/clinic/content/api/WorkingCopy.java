package com.pks.clinic.content.api;

import java.io.Serializable;
import java.time.Instant;

/**
 * What an editor's browser autosaved while they typed: theirs alone, not a revision, and not seen by anyone else.
 *
 * @param basedOnVersion the page's version when they started, so that the editor can tell whether it changed since
 */
public record WorkingCopy(PageContent content, long basedOnVersion, Instant savedAt) implements Serializable {
}
