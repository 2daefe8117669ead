package com.pks.clinic.content.internal.navigation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;

import com.pks.clinic.content.api.Actor;
import com.pks.clinic.content.api.NavigationChange;

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

    @Column(nullable = false, length = 100)
    private String author;

    @Column(name = "author_address", length = 64)
    private String authorAddress;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected NavigationRevision() {
        // for JPA
    }

    NavigationRevision(String snapshot, Actor actor, Instant at) {
        this.snapshot = snapshot;
        this.author = actor.username();
        this.authorAddress = actor.address();
        this.createdAt = at;
    }

    NavigationChange toChange() {
        return new NavigationChange(id, snapshot, author, createdAt);
    }
}
