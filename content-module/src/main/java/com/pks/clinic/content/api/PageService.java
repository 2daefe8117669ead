package com.pks.clinic.content.api;

import java.util.List;
import java.util.Optional;

/**
 * The pages of the site. Each page has at most one live version and at most one pending draft: saving changes the
 * draft only, publishing makes it live, unpublishing hides the page. Every save, publish, unpublish and restore
 * keeps a revision. Every change names the version it started from; a change based on an older version fails with
 * {@link ConcurrentEditException} instead of overwriting someone else's work.
 */
public interface PageService {

    /** The page published at this slug, if there is one. */
    Optional<PublishedPage> findPublished(String slug);

    /** The page published at this slug; {@link ContentNotFoundException} when there is none. */
    PublishedPage getPublished(String slug);

    /** Every published page, in navigation order (for the sitemap and the list of pages). */
    List<PublishedPage> listPublished();

    /** Every page, published or not, for the editor's list. */
    List<EditablePage> listForEditing();

    /** The page as an editor sees it; {@link ContentNotFoundException} when there is no such page. */
    EditablePage getForEditing(String slug);

    /**
     * Creates an unpublished page with a draft.
     *
     * @throws InvalidContentException when the slug is malformed, reserved (such as {@code admin} or {@code contact})
     *                                 or taken, or the content breaks a rule
     */
    EditablePage create(NewPage page, String clientAddress);

    /** Saves the draft; the live page does not change. */
    EditablePage saveDraft(String slug, PageContent content, long expectedVersion, String clientAddress);

    /** Makes the draft live (or, with no draft, publishes the page again as it was last). */
    EditablePage publish(String slug, long expectedVersion, String clientAddress);

    /** Hides the page from the public site; its draft and history stay. */
    EditablePage unpublish(String slug, long expectedVersion, String clientAddress);

    /** The page's revisions, newest first. */
    List<PageRevision> history(String slug);

    /** Makes an earlier revision's text the draft again (it still has to be published). */
    EditablePage restore(String slug, long revisionId, long expectedVersion, String clientAddress);
}
