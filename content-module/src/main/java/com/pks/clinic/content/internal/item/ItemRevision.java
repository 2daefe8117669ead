package com.pks.clinic.content.internal.item;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

import com.pks.clinic.content.api.Actor;
import com.pks.clinic.content.api.RevisionAction;
import com.pks.clinic.content.internal.persistence.Authorship;

/** One kept state of an item's text ({@code content_item_revision}): never changed after it is written. */
@Entity
@Table(name = "content_item_revision")
public class ItemRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "item_id")
    private Item item;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private RevisionAction action;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(length = 200)
    private String subtitle;

    @Column(length = 100)
    private String label;

    @Column(name = "meta_description", length = 300)
    private String metaDescription;

    @Lob
    @Column(nullable = false)
    private String body;

    @Column(name = "reviewed_by", length = 200)
    private String reviewedBy;

    @Column(name = "reviewed_on")
    private LocalDate reviewedOn;

    @Column(name = "image_path", length = 300)
    private String imagePath;

    @Column(name = "dated_on")
    private LocalDate datedOn;

    @Embedded
    private Authorship authorship;

    protected ItemRevision() {
        // for JPA
    }

    ItemRevision(Item item, RevisionAction action, Fields fields, Actor actor, Instant at) {
        this.item = item;
        this.action = action;
        this.title = fields.title();
        this.subtitle = fields.subtitle();
        this.label = fields.label();
        this.metaDescription = fields.metaDescription();
        this.body = fields.bodyHtml();
        this.reviewedBy = fields.reviewedBy();
        this.reviewedOn = fields.reviewedOn();
        this.imagePath = fields.imagePath();
        this.datedOn = fields.datedOn();
        this.authorship = new Authorship(actor, at);
    }

    public Long id() {
        return id;
    }

    public Item item() {
        return item;
    }

    public RevisionAction action() {
        return action;
    }

    public String author() {
        return authorship.author();
    }

    public Instant createdAt() {
        return authorship.createdAt();
    }

    public Fields fields() {
        return new Fields(title, subtitle, label, metaDescription, body, reviewedBy, reviewedOn, imagePath, datedOn);
    }
}
