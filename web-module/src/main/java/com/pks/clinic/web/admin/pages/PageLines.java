package com.pks.clinic.web.admin.pages;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.pks.clinic.content.api.Actor;
import com.pks.clinic.content.api.EditablePage;
import com.pks.clinic.content.api.PageContent;
import com.pks.clinic.web.platform.time.ClinicTime;

/** Pages as the console's lists write them: where each stands in words, who changed it last and when. */
@ApplicationScoped
public class PageLines {

    @Inject
    private ClinicTime clinicTime;

    /**
     * A page in a list.
     *
     * @param state       where the page stands, in words ("Published", "Changes waiting", ...)
     * @param badge       the badge class that goes with the state
     * @param changedBy   who saved it last, as the content module records it
     * @param scheduledAt when its draft goes live, in words, or {@code null}
     */
    public record PageLine(String slug, String path, String title, String state, String badge, String changedBy,
                           ClinicTime.Moment changed, String scheduledAt, boolean reviewDue) {
    }

    public PageLine line(EditablePage page) {
        PageContent shown = page.current();
        String title = shown == null || shown.title() == null || shown.title().isBlank() ? page.slug() : shown.title();
        return new PageLine(page.slug(), page.path(), title, state(page), badge(page), who(page.updatedBy()),
                clinicTime.moment(page.updatedAt()), page.publishAt() == null ? null : clinicTime.format(page.publishAt()),
                page.reviewDue());
    }

    /** Where the page stands, in the words of the page list. */
    public String state(EditablePage page) {
        return switch (page.status()) {
            case LIVE -> "Published";
            case DRAFT_PENDING -> "Published, changes waiting";
            case UNPUBLISHED -> page.hasDraft() ? "Not on the site" : "Hidden from the site";
            case SCHEDULED -> page.live() != null ? "Published, changes scheduled" : "Scheduled";
        };
    }

    private static String badge(EditablePage page) {
        return switch (page.status()) {
            case LIVE -> "badge badge-live";
            case DRAFT_PENDING, SCHEDULED -> "badge badge-draft";
            case UNPUBLISHED -> "badge";
        };
    }

    /** "the site's starting content" for the seed, the account name otherwise. */
    public static String who(String username) {
        if (username == null || username.isBlank()) {
            return "unknown";
        }
        return Actor.SYSTEM.equals(username) ? "the site's starting content" : username;
    }
}
