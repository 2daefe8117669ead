package com.pks.clinic.web.admin.lists;

import com.pks.clinic.content.api.EditableEntry;

/** Where a list entry stands, in the words and badges the pages' screens use too. */
final class EntryStates {

    private EntryStates() {
    }

    static String state(EditableEntry entry) {
        if (entry.live() == null) {
            return "Not on the site";
        }
        return entry.draft() != null ? "Published, changes waiting" : "Published";
    }

    static String badge(EditableEntry entry) {
        return entry.live() == null ? "badge" : entry.draft() != null ? "badge badge-draft" : "badge badge-live";
    }
}
