package com.pks.clinic.content.internal.item;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.pks.clinic.content.api.Actor;
import com.pks.clinic.content.api.ConcurrentEditException;
import com.pks.clinic.content.api.ContentNotFoundException;
import com.pks.clinic.content.api.RevisionAction;
import com.pks.clinic.content.internal.format.HtmlSanitizer;

/**
 * Live text, drafts and revisions of items, inside the calling service's transaction. Every change writes a
 * revision; formatted text is sanitized on its way in; a change based on an old version is refused.
 */
@ApplicationScoped
public class Drafts {

    @PersistenceContext(unitName = "content")
    private EntityManager em;

    private final Clock clock = Clock.systemUTC();

    public Optional<Item> find(ItemKind kind, String slug) {
        return em.createQuery("select i from Item i where i.kind = :kind and i.slug = :slug", Item.class)
                .setParameter("kind", kind)
                .setParameter("slug", slug)
                .getResultStream()
                .findFirst();
    }

    public Item get(ItemKind kind, String slug) {
        return find(kind, slug).orElseThrow(() -> new ContentNotFoundException(describe(kind, slug)));
    }

    /** The item, provided nobody changed it since {@code expectedVersion}. */
    public Item lock(ItemKind kind, String slug, long expectedVersion) {
        Item item = get(kind, slug);
        if (item.version() != expectedVersion) {
            throw new ConcurrentEditException(describe(kind, slug));
        }
        return item;
    }

    /** Items of one kind whose text is live, in their order. */
    public List<Item> published(ItemKind kind) {
        return em.createQuery("select i from Item i join fetch i.live where i.kind = :kind "
                        + "order by i.position, i.slug", Item.class)
                .setParameter("kind", kind)
                .getResultList();
    }

    /** All items of one kind, live or not, in their order. */
    public List<Item> all(ItemKind kind) {
        return em.createQuery("select i from Item i where i.kind = :kind order by i.position, i.slug", Item.class)
                .setParameter("kind", kind)
                .getResultList();
    }

    /** A new, unpublished item whose text is a draft, placed after the others of its kind. */
    public Item create(ItemKind kind, String slug, Fields fields, Actor actor) {
        Integer last = em.createQuery("select max(i.position) from Item i where i.kind = :kind", Integer.class)
                .setParameter("kind", kind)
                .getSingleResult();
        Item item = new Item(kind, slug, last == null ? 1 : last + 1);
        item.touch(actor.username(), clock.instant());
        em.persist(item);
        em.flush(); // the item and its revisions point at each other: the item's row must exist first
        item.showDraft(record(item, RevisionAction.SAVED, fields, actor));
        return checked(item);
    }

    public Item saveDraft(Item item, Fields fields, Actor actor) {
        item.showDraft(record(item, RevisionAction.SAVED, fields, actor));
        return checked(item);
    }

    /** The text a publish would make live: the draft, or with no draft the text it had last. */
    public Fields toPublish(Item item) {
        return item.draft() != null ? item.draft().fields() : latest(item).fields();
    }

    /** Makes the draft live; with no draft, brings back the text it had last. */
    public ItemRevision publish(Item item, Actor actor) {
        Fields fields = toPublish(item);
        ItemRevision live = record(item, RevisionAction.PUBLISHED, fields, actor);
        item.showLive(live);
        item.showDraft(null);
        item.schedule(null, null);
        checked(item);
        return live;
    }

    /** Hides the item, keeping its text as the draft; returns false when it was not live. */
    public boolean unpublish(Item item, Actor actor) {
        if (item.live() == null) {
            return false;
        }
        ItemRevision hidden = record(item, RevisionAction.UNPUBLISHED, item.live().fields(), actor);
        item.showLive(null);
        if (item.draft() == null) {
            item.showDraft(hidden); // what was live stays at hand to edit and publish again
        }
        checked(item);
        return true;
    }

    /** Makes an earlier revision's text the draft again. */
    public Item restore(Item item, long revisionId, Actor actor) {
        ItemRevision earlier = revision(item, revisionId);
        item.showDraft(record(item, RevisionAction.RESTORED, earlier.fields(), actor));
        return checked(item);
    }

    /** Removes the item with its revisions; items nested under it move to the top level. */
    public void delete(Item item) {
        item.showLive(null);
        item.showDraft(null);
        // its sub-pages take its place in the menu
        all(item.kind()).stream().filter(other -> item.equals(other.parent()))
                .forEach(child -> child.place(null, item.position(), child.inNavigation(), child.navLabel()));
        checked(item);
        em.createQuery("delete from ItemRevision r where r.item = :item").setParameter("item", item).executeUpdate();
        em.remove(item);
        em.flush();
    }

    /**
     * Puts the item at this place without changing its version: where a page sits in the menu is not its text, and
     * moving it must not look like an edit to whoever is editing the page.
     */
    public void placeQuietly(Item item, Item parent, int position, boolean inNavigation, String label) {
        // in SQL: a JPQL update would raise the version too; NULL written out, as Derby takes no untyped null
        List<Object> values = new ArrayList<>();
        String parentValue = parent == null ? "NULL" : placeholder(values, parent.id());
        String labelValue = label == null ? "NULL" : placeholder(values, label);
        String sql = "UPDATE content_item SET parent_id = " + parentValue + ", position = "
                + placeholder(values, position) + ", in_navigation = " + placeholder(values, inNavigation)
                + ", nav_label = " + labelValue + " WHERE id = " + placeholder(values, item.id());
        Query update = em.createNativeQuery(sql);
        for (int i = 0; i < values.size(); i++) {
            update.setParameter(i + 1, values.get(i));
        }
        update.executeUpdate();
        em.refresh(item);
    }

    private static String placeholder(List<Object> values, Object value) {
        values.add(value);
        return "?" + values.size();
    }

    public ItemRevision revision(Item item, long revisionId) {
        ItemRevision revision = em.find(ItemRevision.class, revisionId);
        if (revision == null || !revision.item().id().equals(item.id())) {
            throw new ContentNotFoundException("revision " + revisionId + " of " + describe(item.kind(), item.slug()));
        }
        return revision;
    }

    /** The item's revisions, newest first. */
    public List<ItemRevision> history(Item item) {
        return em.createQuery("select r from ItemRevision r where r.item = :item order by r.id desc", ItemRevision.class)
                .setParameter("item", item)
                .getResultList();
    }

    /** Writes the item's new place now, so that a concurrent change fails here with a clear exception. */
    public Item checked(Item item) {
        try {
            em.flush();
        } catch (OptimisticLockException raced) {
            throw new ConcurrentEditException(describe(item.kind(), item.slug()));
        }
        return item;
    }

    public void touch(Item item, Actor actor) {
        item.touch(actor.username(), clock.instant());
    }

    private ItemRevision latest(Item item) {
        return em.createQuery("select r from ItemRevision r where r.item = :item order by r.id desc", ItemRevision.class)
                .setParameter("item", item)
                .setMaxResults(1)
                .getSingleResult();
    }

    private ItemRevision record(Item item, RevisionAction action, Fields fields, Actor actor) {
        Instant now = clock.instant();
        ItemRevision revision = new ItemRevision(item, action, fields.withBody(HtmlSanitizer.sanitize(
                fields.bodyHtml())), actor, now);
        em.persist(revision);
        item.touch(actor.username(), now);
        return revision;
    }

    private static String describe(ItemKind kind, String slug) {
        return kind == ItemKind.PAGE ? "the page /" + slug : "the " + kind.name().toLowerCase() + " " + slug;
    }
}
