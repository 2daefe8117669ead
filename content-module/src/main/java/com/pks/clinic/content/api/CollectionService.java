package com.pks.clinic.content.api;

import java.util.List;

/**
 * The site's structured lists: the team, the questions and answers, the conditions treated. Entries have drafts,
 * revisions and optimistic locking like pages; {@code key} names an entry within its list.
 */
public interface CollectionService {

    List<TeamMember> team();

    List<Question> questions();

    List<Condition> conditions();

    List<EditableEntry> listForEditing(Collection collection);

    EditableEntry create(Collection collection, String key, EntryContent content, String clientAddress);

    EditableEntry saveDraft(Collection collection, String key, EntryContent content, long expectedVersion,
                            String clientAddress);

    EditableEntry publish(Collection collection, String key, long expectedVersion, String clientAddress);

    EditableEntry unpublish(Collection collection, String key, long expectedVersion, String clientAddress);

    /** The entry's revisions, newest first. */
    List<EntryRevision> history(Collection collection, String key);
}
