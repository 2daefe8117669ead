package com.pks.clinic.content.internal.item;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

import com.pks.clinic.content.api.Collection;

/** A page or list entry of the site, as stored in {@code content_item}: where it stands and which text is live. */
@Entity
@Table(name = "content_item")
public class Item {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ItemKind kind;

    @Column(nullable = false, length = 100)
    private String slug;

    @ManyToOne
    @JoinColumn(name = "live_revision_id")
    private ItemRevision live;

    @ManyToOne
    @JoinColumn(name = "draft_revision_id")
    private ItemRevision draft;

    @ManyToOne
    @JoinColumn(name = "parent_id")
    private Item parent;

    @Column(nullable = false)
    private int position;

    @Column(name = "in_navigation", nullable = false)
    private boolean inNavigation;

    @Column(name = "nav_label", length = 60)
    private String navLabel;

    @Enumerated(EnumType.STRING)
    @Column(name = "shows_collection", length = 20)
    private Collection showsCollection;

    @Column(name = "publish_at")
    private Instant publishAt;

    @Column(name = "publish_scheduled_by", length = 100)
    private String publishScheduledBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false, length = 100)
    private String updatedBy;

    @Version
    private long version;

    protected Item() {
        // for JPA
    }

    public Item(ItemKind kind, String slug, int position) {
        this.kind = kind;
        this.slug = slug;
        this.position = position;
    }

    public Long id() {
        return id;
    }

    public ItemKind kind() {
        return kind;
    }

    public String slug() {
        return slug;
    }

    public ItemRevision live() {
        return live;
    }

    public ItemRevision draft() {
        return draft;
    }

    public Item parent() {
        return parent;
    }

    public int position() {
        return position;
    }

    public boolean inNavigation() {
        return inNavigation;
    }

    public String navLabel() {
        return navLabel;
    }

    public Collection showsCollection() {
        return showsCollection;
    }

    public Instant publishAt() {
        return publishAt;
    }

    public String publishScheduledBy() {
        return publishScheduledBy;
    }

    public long version() {
        return version;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public String updatedBy() {
        return updatedBy;
    }

    void showLive(ItemRevision revision) {
        live = revision;
    }

    void showDraft(ItemRevision revision) {
        draft = revision;
    }

    void touch(String who, Instant at) {
        updatedBy = who;
        updatedAt = at;
    }

    /** Moves the item in the navigation (pages) or in its list (entries). */
    public void place(Item newParent, int newPosition, boolean shownInNavigation, String label) {
        parent = newParent;
        position = newPosition;
        inNavigation = shownInNavigation;
        navLabel = label;
    }

    /** Sets when the draft goes live and who asked for it; {@code null} cancels. */
    public void schedule(Instant at, String scheduledBy) {
        publishAt = at;
        publishScheduledBy = at == null ? null : scheduledBy;
    }

    public void rename(String newSlug) {
        slug = newSlug;
    }
}
