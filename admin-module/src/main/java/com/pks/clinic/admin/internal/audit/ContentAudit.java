package com.pks.clinic.admin.internal.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Instant;

import com.pks.clinic.admin.api.AuditAction;
import com.pks.clinic.content.api.Actor;
import com.pks.clinic.content.api.Collection;
import com.pks.clinic.content.api.CollectionPublished;
import com.pks.clinic.content.api.EntryChanged;
import com.pks.clinic.content.api.MediaChanged;
import com.pks.clinic.content.api.NavigationChanged;
import com.pks.clinic.content.api.PageAddressChanged;
import com.pks.clinic.content.api.PageCreated;
import com.pks.clinic.content.api.PageDeleted;
import com.pks.clinic.content.api.PagePublished;
import com.pks.clinic.content.api.PageRestored;
import com.pks.clinic.content.api.PageUnpublished;
import com.pks.clinic.content.api.PublishScheduled;
import com.pks.clinic.content.api.SiteSettingsChanged;

/**
 * Audits every change to the site's content. Synchronous observers: each record is written in the transaction of the
 * change, so a change that commits always has its record, and a record that cannot be written rolls the change back.
 */
@ApplicationScoped
class ContentAudit {

    @Inject
    private AuditTrail trail;

    void on(@Observes PageCreated e) {
        record(e.actor(), AuditAction.PAGE_CREATED, page(e.slug()), null, e.at());
    }

    void on(@Observes PagePublished e) {
        record(e.actor(), AuditAction.PAGE_PUBLISHED, page(e.slug()),
                "revision " + e.revision() + (e.scheduled() ? ", at the time " + e.actor().username() + " scheduled"
                        : ""), e.at());
    }

    void on(@Observes PageUnpublished e) {
        record(e.actor(), AuditAction.PAGE_UNPUBLISHED, page(e.slug()), null, e.at());
    }

    void on(@Observes PageRestored e) {
        record(e.actor(), AuditAction.PAGE_RESTORED, page(e.slug()), "revision " + e.revision(), e.at());
    }

    void on(@Observes PublishScheduled e) {
        if (e.publishAt() == null) {
            record(e.actor(), AuditAction.PAGE_SCHEDULE_CANCELLED, page(e.slug()), null, e.at());
        } else {
            record(e.actor(), AuditAction.PAGE_SCHEDULED, page(e.slug()), "to publish at " + e.publishAt(), e.at());
        }
    }

    void on(@Observes PageAddressChanged e) {
        record(e.actor(), AuditAction.PAGE_ADDRESS_CHANGED, page(e.newSlug()),
                "from /" + e.oldSlug() + " (which now redirects) to /" + e.newSlug(), e.at());
    }

    void on(@Observes PageDeleted e) {
        record(e.actor(), AuditAction.PAGE_DELETED, page(e.slug()),
                e.redirectTo() == null ? "its address now answers \"gone\"" : "its address now leads to /" + e.redirectTo(),
                e.at());
    }

    void on(@Observes CollectionPublished e) {
        record(e.actor(), e.live() ? AuditAction.ENTRY_PUBLISHED : AuditAction.ENTRY_UNPUBLISHED,
                list(e.collection()) + " entry " + e.key(), null, e.at());
    }

    void on(@Observes EntryChanged e) {
        AuditAction action = switch (e.change()) {
            case CREATED -> AuditAction.ENTRY_CREATED;
            case MOVED -> AuditAction.ENTRY_MOVED;
            case RESTORED -> AuditAction.ENTRY_RESTORED;
            case DELETED -> AuditAction.ENTRY_DELETED;
        };
        record(e.actor(), action, list(e.collection()) + " entry " + e.key(), null, e.at());
    }

    void on(@Observes NavigationChanged e) {
        record(e.actor(), AuditAction.NAVIGATION_CHANGED, e.slug() == null ? "menu" : page(e.slug()), e.change(),
                e.at());
    }

    void on(@Observes SiteSettingsChanged e) {
        record(e.actor(), AuditAction.SETTINGS_CHANGED, "clinic details", null, e.at());
    }

    void on(@Observes MediaChanged e) {
        AuditAction action = switch (e.change()) {
            case UPLOADED -> AuditAction.MEDIA_UPLOADED;
            case DESCRIBED -> AuditAction.MEDIA_DESCRIBED;
            case DELETED -> AuditAction.MEDIA_DELETED;
        };
        record(e.actor(), action, "picture " + e.id(), e.name(), e.at());
    }

    private void record(Actor actor, AuditAction action, String subject, String detail, Instant at) {
        trail.record(actor.username(), action, subject, detail, actor.address(), at);
    }

    private static String page(String slug) {
        return "page " + slug;
    }

    /** The list's name as the console says it: "team entry kay-jennings", "FAQ entry cost". */
    private static String list(Collection collection) {
        return switch (collection) {
            case TEAM -> "team";
            case FAQ -> "FAQ";
            case CONDITION -> "condition";
            case ARTICLE -> "article";
        };
    }
}
