package com.pks.clinic.content.internal.navigation;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;

import com.pks.clinic.content.api.Actor;
import com.pks.clinic.content.api.NavigationChange;
import com.pks.clinic.content.internal.persistence.Authorship;

/** The whole navigation as it stood after one change ({@code content_navigation_revision}). */
@Entity
@Table(name = "content_navigation_revision")
class NavigationRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Lob
    @Column(nullable = false)
    private String snapshot;

    @Embedded
    private Authorship authorship;

    protected NavigationRevision() {
        // for JPA
    }

    NavigationRevision(String snapshot, Actor actor, Instant at) {
        this.snapshot = snapshot;
        this.authorship = new Authorship(actor, at);
    }

    NavigationChange toChange() {
        return new NavigationChange(id, snapshot, authorship.author(), authorship.createdAt());
    }
}
