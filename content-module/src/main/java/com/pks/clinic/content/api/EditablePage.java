package com.pks.clinic.content.api;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * A page as an editor sees it: what is live, what is pending, and the version to send back with a change.
 *
 * @param live               the published content, or {@code null} when the page is not published
 * @param draft              the pending draft, or {@code null} when there is none
 * @param version            the optimistic-lock version; a change based on an older one is refused
 * @param publishAt          when the draft is scheduled to go live, or {@code null}
 * @param publishScheduledBy who scheduled it, or {@code null}
 */
public record EditablePage(String slug, PageContent live, PageContent draft, long version, Instant updatedAt,
                           String updatedBy, Instant publishAt, String publishScheduledBy) implements Serializable {

    /** How long a medical review stays current before the page shows as "review due". */
    public static final int REVIEW_VALID_YEARS = 1;

    public boolean hasDraft() {
        return draft != null;
    }

    /** The text an editor works on: the draft when there is one, the live text otherwise. */
    public PageContent current() {
        return draft != null ? draft : live;
    }

    public PageStatus status() {
        if (publishAt != null) {
            return PageStatus.SCHEDULED;
        }
        if (live == null) {
            return PageStatus.UNPUBLISHED;
        }
        return draft != null ? PageStatus.DRAFT_PENDING : PageStatus.LIVE;
    }

    /** Whether the page visitors see carries a medical review that is more than a year old. */
    public boolean reviewDue() {
        LocalDate reviewed = (live != null ? live : current()).reviewedOn();
        return reviewed != null
                && reviewed.isBefore(LocalDate.now(ZoneOffset.UTC).minusYears(REVIEW_VALID_YEARS));
    }

    /** The clean URL: {@code /} for the home page, {@code /slug} otherwise. */
    public String path() {
        return PagePaths.of(slug);
    }
}
