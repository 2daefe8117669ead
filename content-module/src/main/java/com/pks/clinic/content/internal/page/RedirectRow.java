package com.pks.clinic.content.internal.page;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

import com.pks.clinic.content.api.Redirect;

/** An address no page has any more ({@code content_redirect}): where it leads now, or nowhere. */
@Entity
@Table(name = "content_redirect")
class RedirectRow {

    @Id
    @Column(name = "old_slug", length = 100)
    private String oldSlug;

    @Column(name = "target_slug", length = 100)
    private String targetSlug;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 100)
    private String createdBy;

    protected RedirectRow() {
        // for JPA
    }

    RedirectRow(String oldSlug, String targetSlug, String createdBy, Instant createdAt) {
        this.oldSlug = oldSlug;
        this.targetSlug = targetSlug;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    String targetSlug() {
        return targetSlug;
    }

    void leadTo(String slug) {
        targetSlug = slug;
    }

    Redirect toRedirect() {
        return new Redirect(oldSlug, targetSlug);
    }
}
