package com.pks.clinic.content.internal.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

import com.pks.clinic.content.api.Actor;

/** Who wrote a kept state (a revision of an item or of the navigation), from where, and when. */
@Embeddable
public class Authorship {

    @Column(nullable = false, length = 100)
    private String author;

    @Column(name = "author_address", length = 64)
    private String authorAddress;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Authorship() {
        // for JPA
    }

    public Authorship(Actor actor, Instant at) {
        this.author = actor.username();
        this.authorAddress = actor.address();
        this.createdAt = at;
    }

    public String author() {
        return author;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
