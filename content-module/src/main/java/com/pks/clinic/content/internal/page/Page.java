package com.pks.clinic.content.internal.page;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

import com.pks.clinic.content.api.PublishedPage;

/** One page of the public site, as stored in {@code content_page}. */
@Entity
@Table(name = "content_page")
@NamedQuery(name = Page.BY_SLUG, query = "select p from Page p where p.slug = :slug")
class Page {

    static final String BY_SLUG = "Page.bySlug";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 100)
    private String slug;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(name = "meta_description", length = 300)
    private String metaDescription;

    @Lob
    @Column(nullable = false)
    private String body;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    long version() {
        return version;
    }

    void change(String newTitle, String newMetaDescription, String sanitizedBody, Instant at) {
        title = newTitle;
        metaDescription = newMetaDescription;
        body = sanitizedBody;
        updatedAt = at;
    }

    PublishedPage toPublished() {
        return new PublishedPage(slug, title, metaDescription, body, version, updatedAt);
    }
}
