package com.pks.clinic.content.internal.settings;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;

import com.pks.clinic.content.api.Actor;
import com.pks.clinic.content.api.RevisionAction;
import com.pks.clinic.content.api.SettingsRevision;
import com.pks.clinic.content.api.SiteSettings;
import com.pks.clinic.content.internal.persistence.Authorship;

/** One kept state of the clinic's details ({@code content_site_settings_revision}): never changed once written. */
@Entity
@Table(name = "content_site_settings_revision")
class SettingsRevisionRow {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private RevisionAction action;

    @Lob
    @Column(nullable = false)
    private String details;

    @Embedded
    private Authorship authorship;

    protected SettingsRevisionRow() {
        // for JPA
    }

    SettingsRevisionRow(RevisionAction action, SiteSettings settings, Actor actor, Instant at) {
        this.action = action;
        this.details = SettingsText.of(settings);
        this.authorship = new Authorship(actor, at);
    }

    Long id() {
        return id;
    }

    SiteSettings details(long version) {
        return SettingsText.parse(details, version);
    }

    Instant at() {
        return authorship.createdAt();
    }

    String author() {
        return authorship.author();
    }

    SettingsRevision view(long version) {
        return new SettingsRevision(id, action, details(version), author(), at());
    }
}
