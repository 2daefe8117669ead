package com.pks.clinic.content.api;

import java.time.Instant;
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

    /** Hides the page from the public site; its draft and history stay. The home page cannot be hidden. */
    EditablePage unpublish(String slug, long expectedVersion, String clientAddress);

    /** The page's revisions, newest first. */
    List<PageRevision> history(String slug);

    /** Makes an earlier revision's text the draft again (it still has to be published). */
    EditablePage restore(String slug, long revisionId, long expectedVersion, String clientAddress);

    /**
     * Gives the page a new address; the old one leads there with a permanent redirect, and so does every older
     * address that led to the old one.
     *
     * @throws InvalidContentException when the new slug is malformed, reserved or taken, or the page is the home page
     */
    EditablePage changeSlug(String slug, String newSlug, long expectedVersion, String clientAddress);

    /**
     * Deletes the page with its history; its address then answers "gone" (410), or redirects to {@code redirectTo}.
     *
     * @throws InvalidContentException for the home page, or when {@code redirectTo} is not another page
     */
    void delete(String slug, String redirectTo, long expectedVersion, String clientAddress);

    /** Where a page that is no longer at this address went (or that it is gone), if anything was ever there. */
    Optional<Redirect> findRedirect(String slug);

    /** Every old or deleted address, for the public site's memory. */
    List<Redirect> listRedirects();

    /**
     * Makes the draft go live at {@code at} (it publishes even when nobody is signed in, and on the next start when
     * the server was down then).
     *
     * @throws InvalidContentException when the time is not in the future or there is no draft to publish
     */
    EditablePage schedulePublish(String slug, Instant at, long expectedVersion, String clientAddress);

    /** Cancels a scheduled publish; the draft stays. */
    EditablePage cancelSchedule(String slug, long expectedVersion, String clientAddress);

    /**
     * Keeps what the calling editor is typing, without a revision and without changing the page's version, so that
     * a closed tab loses little. {@link #saveDraft} and {@link #discardWorkingCopy} remove it.
     */
    void autosave(String slug, PageContent content, long basedOnVersion);

    /** The calling editor's autosaved text of this page, if they have one. */
    Optional<WorkingCopy> findWorkingCopy(String slug);

    /** Forgets the calling editor's autosaved text of this page. */
    void discardWorkingCopy(String slug);

    /** The draft (or, without one, the live text) exactly as the public site would show it once published. */
    PublishedPage preview(String slug);

    /** What changed from one revision of the page to another. */
    RevisionComparison compare(String slug, long fromRevision, long toRevision);

    /** Links in the page's draft to pages of this site that do not exist or are not published. */
    List<LinkProblem> linkProblems(String slug);
}
