package com.pks.clinic.content.api;

import java.util.List;

/**
 * The site's structured lists: the team, the questions and answers, the conditions treated, the articles. Entries
 * have drafts, revisions and optimistic locking like pages; {@code key} names an entry within its list (and is the
 * last part of its address, for the lists whose entries have a page of their own).
 */
public interface CollectionService {

    List<TeamMember> team();

    List<Question> questions();

    List<Condition> conditions();

    /** The published articles, newest date first. */
    List<Article> articles();

    /** A list's entries in their order (articles: newest first). */
    List<EditableEntry> listForEditing(Collection collection);

    EditableEntry getForEditing(Collection collection, String key);

    EditableEntry create(Collection collection, String key, EntryContent content, String clientAddress);

    EditableEntry saveDraft(Collection collection, String key, EntryContent content, long expectedVersion,
                            String clientAddress);

    /** Publishes the draft; refused while a picture it shows has no text alternative. */
    EditableEntry publish(Collection collection, String key, long expectedVersion, String clientAddress);

    EditableEntry unpublish(Collection collection, String key, long expectedVersion, String clientAddress);

    /** Moves the entry one place up ({@code -1}) or down ({@code 1}) in its list. */
    void move(Collection collection, String key, int step, String clientAddress);

    /** Makes an earlier revision's text the entry's draft again. */
    EditableEntry restore(Collection collection, String key, long revisionId, long expectedVersion,
                          String clientAddress);

    void delete(Collection collection, String key, long expectedVersion, String clientAddress);

    /** The entry's revisions, newest first. */
    List<EntryRevision> history(Collection collection, String key);
}
