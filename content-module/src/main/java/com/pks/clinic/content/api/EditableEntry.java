package com.pks.clinic.content.api;

/** A list entry as an editor sees it: live and pending text, and the version to send back with a change. */
public record EditableEntry(Collection collection, String key, EntryContent live, EntryContent draft, long version) {
}
