package com.pks.clinic.content.api;

import java.io.Serializable;
import java.time.Instant;

/**
 * A list entry as an editor sees it: live and pending text, who changed it last, and the version to send back with a
 * change.
 */
public record EditableEntry(Collection collection, String key, EntryContent live, EntryContent draft, long version,
                            Instant updatedAt, String updatedBy) implements Serializable {

    /** What the editor opens: the draft when there is one, else the live text. */
    public EntryContent current() {
        return draft != null ? draft : live;
    }
}
