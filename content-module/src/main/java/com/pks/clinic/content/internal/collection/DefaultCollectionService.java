package com.pks.clinic.content.internal.collection;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import static com.pks.clinic.content.api.ContentRoles.ADMINISTRATOR;
import static com.pks.clinic.content.api.ContentRoles.EDITOR;

import com.pks.clinic.content.api.Actor;
import com.pks.clinic.content.api.Article;
import com.pks.clinic.content.api.Collection;
import com.pks.clinic.content.api.CollectionPublished;
import com.pks.clinic.content.api.CollectionService;
import com.pks.clinic.content.api.Condition;
import com.pks.clinic.content.api.EditableEntry;
import com.pks.clinic.content.api.EntryChanged;
import com.pks.clinic.content.api.EntryContent;
import com.pks.clinic.content.api.EntryRevision;
import com.pks.clinic.content.api.InvalidContentException;
import com.pks.clinic.content.api.Question;
import com.pks.clinic.content.api.TeamMember;
import com.pks.clinic.content.internal.caller.Callers;
import com.pks.clinic.content.internal.item.Drafts;
import com.pks.clinic.content.internal.item.Fields;
import com.pks.clinic.content.internal.item.Item;
import com.pks.clinic.content.internal.item.ItemKind;
import com.pks.clinic.content.internal.item.ItemRevision;
import com.pks.clinic.content.internal.media.ImageUses;
import com.pks.clinic.content.internal.validation.InputCheck;

/** The lists, each entry an item of its own kind; each call is one transaction. */
@Stateless
@DeclareRoles({ADMINISTRATOR, EDITOR})
public class DefaultCollectionService implements CollectionService {

    @Inject
    private Drafts drafts;

    @Inject
    private ImageUses images;

    @Inject
    private InputCheck input;

    @Inject
    private Callers callers;

    @Inject
    private Event<CollectionPublished> published;

    @Inject
    private Event<EntryChanged> changed;

    @Override
    @PermitAll
    public List<TeamMember> team() {
        return live(Collection.TEAM, (key, f, at) -> new TeamMember(key, f.title(), f.subtitle(), f.label(),
                f.bodyHtml(), f.imagePath()));
    }

    @Override
    @PermitAll
    public List<Question> questions() {
        return live(Collection.FAQ, (key, f, at) -> new Question(key, f.label(), f.title(), f.bodyHtml()));
    }

    @Override
    @PermitAll
    public List<Condition> conditions() {
        return live(Collection.CONDITION, (key, f, at) -> new Condition(key, f.title(), f.metaDescription(),
                f.bodyHtml()));
    }

    @Override
    @PermitAll
    public List<Article> articles() {
        return live(Collection.ARTICLE, (key, f, at) -> new Article(key, f.title(), f.label(), f.metaDescription(),
                f.bodyHtml(), f.imagePath(), f.datedOn(), at)).stream()
                .sorted(Comparator.comparing(Article::date, Comparator.nullsLast(Comparator.reverseOrder()))
                        .thenComparing(Article::publishedAt, Comparator.reverseOrder()))
                .toList();
    }

    @Override
    @RolesAllowed({ADMINISTRATOR, EDITOR})
    public List<EditableEntry> listForEditing(Collection collection) {
        List<EditableEntry> entries = drafts.all(kind(collection)).stream().map(item -> editable(collection, item))
                .toList();
        return collection != Collection.ARTICLE ? entries : entries.stream()
                .sorted(Comparator.comparing((EditableEntry entry) -> entry.current().datedOn(),
                        Comparator.nullsFirst(Comparator.reverseOrder()))).toList();
    }

    @Override
    @RolesAllowed({ADMINISTRATOR, EDITOR})
    public EditableEntry getForEditing(Collection collection, String key) {
        return editable(collection, drafts.get(kind(collection), key));
    }

    @Override
    @RolesAllowed({ADMINISTRATOR, EDITOR})
    public EditableEntry create(Collection collection, String key, EntryContent content, String clientAddress) {
        Actor actor = callers.current(clientAddress);
        input.require(content, actor);
        if (key == null || !key.matches("[a-z0-9]+(-[a-z0-9]+)*") || key.length() > 100) {
            throw InvalidContentException.of("key", "Use lower-case letters, digits and single hyphens.");
        }
        if (drafts.find(kind(collection), key).isPresent()) {
            throw InvalidContentException.of("key", "This list already has an entry named " + key + ".");
        }
        Item entry = drafts.create(kind(collection), key, fields(content), actor);
        changed.fire(new EntryChanged(collection, key, EntryChanged.Change.CREATED, actor, entry.updatedAt()));
        return editable(collection, entry);
    }

    @Override
    @RolesAllowed({ADMINISTRATOR, EDITOR})
    public EditableEntry saveDraft(Collection collection, String key, EntryContent content, long expectedVersion,
                                   String clientAddress) {
        Actor actor = callers.current(clientAddress);
        input.require(content, actor);
        Item entry = drafts.lock(kind(collection), key, expectedVersion);
        return editable(collection, drafts.saveDraft(entry, fields(content), actor));
    }

    @Override
    @RolesAllowed({ADMINISTRATOR, EDITOR})
    public EditableEntry publish(Collection collection, String key, long expectedVersion, String clientAddress) {
        Actor actor = callers.current(clientAddress);
        input.require(actor);
        Item entry = drafts.lock(kind(collection), key, expectedVersion);
        images.requireDescribed(drafts.toPublish(entry));
        ItemRevision live = drafts.publish(entry, actor);
        published.fire(new CollectionPublished(collection, key, true, actor, live.createdAt()));
        return editable(collection, entry);
    }

    @Override
    @RolesAllowed({ADMINISTRATOR, EDITOR})
    public EditableEntry unpublish(Collection collection, String key, long expectedVersion, String clientAddress) {
        Actor actor = callers.current(clientAddress);
        input.require(actor);
        Item entry = drafts.lock(kind(collection), key, expectedVersion);
        if (drafts.unpublish(entry, actor)) {
            published.fire(new CollectionPublished(collection, key, false, actor, entry.updatedAt()));
        }
        return editable(collection, entry);
    }

    @Override
    @RolesAllowed({ADMINISTRATOR, EDITOR})
    public void move(Collection collection, String key, int step, String clientAddress) {
        Actor actor = callers.current(clientAddress);
        input.require(actor);
        List<Item> order = new ArrayList<>(drafts.all(kind(collection)));
        Item entry = drafts.get(kind(collection), key);
        // its neighbour as the site shows it: in a grouped list, the next one of the same group
        List<Item> beside = collection.grouped() ? order.stream()
                .filter(other -> Objects.equals(group(other), group(entry))).toList() : order;
        int to = beside.indexOf(entry) + Integer.signum(step);
        if (to < 0 || to >= beside.size()) {
            return; // already first or last
        }
        Collections.swap(order, order.indexOf(entry), order.indexOf(beside.get(to)));
        for (int i = 0; i < order.size(); i++) {
            Item item = order.get(i);
            drafts.placeQuietly(item, item.parent(), (i + 1) * 10, item.inNavigation(), item.navLabel());
        }
        changed.fire(new EntryChanged(collection, key, EntryChanged.Change.MOVED, actor, Instant.now()));
    }

    @Override
    @RolesAllowed({ADMINISTRATOR, EDITOR})
    public EditableEntry restore(Collection collection, String key, long revisionId, long expectedVersion,
                                 String clientAddress) {
        Actor actor = callers.current(clientAddress);
        input.require(actor);
        Item entry = drafts.restore(drafts.lock(kind(collection), key, expectedVersion), revisionId, actor);
        changed.fire(new EntryChanged(collection, key, EntryChanged.Change.RESTORED, actor, entry.updatedAt()));
        return editable(collection, entry);
    }

    @Override
    @RolesAllowed({ADMINISTRATOR, EDITOR})
    public void delete(Collection collection, String key, long expectedVersion, String clientAddress) {
        Actor actor = callers.current(clientAddress);
        input.require(actor);
        drafts.delete(drafts.lock(kind(collection), key, expectedVersion));
        changed.fire(new EntryChanged(collection, key, EntryChanged.Change.DELETED, actor, Instant.now()));
    }

    @Override
    @RolesAllowed({ADMINISTRATOR, EDITOR})
    public List<EntryRevision> history(Collection collection, String key) {
        Item entry = drafts.get(kind(collection), key);
        return drafts.history(entry).stream().map(revision -> new EntryRevision(revision.id(), revision.action(),
                content(revision), revision.author(), revision.createdAt())).toList();
    }

    private <T> List<T> live(Collection collection, EntryView<T> view) {
        return drafts.published(kind(collection)).stream()
                .map(item -> view.of(item.slug(), item.live().fields(), item.live().createdAt()))
                .toList();
    }

    private static EditableEntry editable(Collection collection, Item item) {
        return new EditableEntry(collection, item.slug(), content(item.live()), content(item.draft()), item.version(),
                item.updatedAt(), item.updatedBy());
    }

    private static EntryContent content(ItemRevision revision) {
        if (revision == null) {
            return null;
        }
        Fields f = revision.fields();
        return new EntryContent(f.title(), f.subtitle(), f.label(), f.metaDescription(), f.bodyHtml(), f.imagePath(),
                f.datedOn());
    }

    private static Fields fields(EntryContent c) {
        return new Fields(c.title(), blankAsNull(c.subtitle()), blankAsNull(c.label()), blankAsNull(c.summary()),
                c.bodyHtml(), null, null, blankAsNull(c.imagePath()), c.datedOn());
    }

    private static String blankAsNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static ItemKind kind(Collection collection) {
        return ItemKind.of(collection);
    }

    /** How one list shows a live entry to the public. */
    @FunctionalInterface
    private interface EntryView<T> {
        T of(String key, Fields fields, Instant publishedAt);
    }

    /**
     * The group an entry shows under, as the editor last wrote it (its draft's, as the list screen shows it): until
     * it is published, the public page may still group it otherwise, or not show it.
     */
    private static String group(Item entry) {
        return (entry.draft() != null ? entry.draft() : entry.live()).fields().label();
    }
}
