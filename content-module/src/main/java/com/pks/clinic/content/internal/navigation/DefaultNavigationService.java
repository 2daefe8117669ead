package com.pks.clinic.content.internal.navigation;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import static com.pks.clinic.content.api.ContentRoles.ADMINISTRATOR;
import static com.pks.clinic.content.api.ContentRoles.EDITOR;

import com.pks.clinic.content.api.Actor;
import com.pks.clinic.content.api.EditablePage;
import com.pks.clinic.content.api.InvalidContentException;
import com.pks.clinic.content.api.ContentNotFoundException;
import com.pks.clinic.content.api.MenuItem;
import com.pks.clinic.content.api.MenuLabel;
import com.pks.clinic.content.api.MenuMove;
import com.pks.clinic.content.api.NavigationChange;
import com.pks.clinic.content.api.NavigationChanged;
import com.pks.clinic.content.api.NavigationEntry;
import com.pks.clinic.content.api.NavigationOutline;
import com.pks.clinic.content.api.NavigationService;
import com.pks.clinic.content.api.PagePaths;
import com.pks.clinic.content.api.PageService;
import com.pks.clinic.content.api.Placement;
import com.pks.clinic.content.internal.caller.Callers;
import com.pks.clinic.content.internal.item.Drafts;
import com.pks.clinic.content.internal.item.Item;
import com.pks.clinic.content.internal.item.ItemKind;
import com.pks.clinic.content.internal.validation.InputCheck;

/**
 * Builds the menu from the pages' places (two levels) and records every change of it as a revision: a snapshot of
 * one line per page, which {@link #restore} reads back.
 */
@Stateless
@DeclareRoles({ADMINISTRATOR, EDITOR})
public class DefaultNavigationService implements NavigationService {

    @PersistenceContext(unitName = "content")
    private EntityManager em;

    @Inject
    private Drafts drafts;

    @Inject
    private InputCheck input;

    @Inject
    private Callers callers;

    @Inject
    private PageService pages;

    @Inject
    private Event<NavigationChanged> changed;

    @Override
    @PermitAll
    public List<MenuItem> menu() {
        // in menu order already: by position, then slug
        List<Item> shown = drafts.published(ItemKind.PAGE).stream().filter(Item::inNavigation).toList();
        return shown.stream()
                .filter(page -> page.parent() == null || !shown.contains(page.parent()))
                .map(top -> new MenuItem(top.slug(), label(top), shown.stream()
                        .filter(child -> top.equals(child.parent()))
                        .map(child -> new MenuItem(child.slug(), label(child), List.of()))
                        .toList()))
                .toList();
    }

    @Override
    @RolesAllowed({ADMINISTRATOR, EDITOR})
    public EditablePage place(String slug, Placement placement, long expectedVersion, String clientAddress) {
        Actor actor = callers.current(clientAddress);
        input.require(placement, actor);
        keepTheFirstState();
        Item page = drafts.lock(ItemKind.PAGE, slug, expectedVersion);
        Item parent = parentFor(page, placement.parentSlug());
        page.place(parent, placement.position(), placement.inNavigation(), blankToNull(placement.label()));
        drafts.touch(page, actor);
        drafts.checked(page);
        keep(slug, placement.inNavigation() ? "placed in the menu" : "taken out of the menu", actor);
        return pages.getForEditing(slug);
    }

    @Override
    @RolesAllowed({ADMINISTRATOR, EDITOR})
    public NavigationOutline outline() {
        List<Item> all = drafts.all(ItemKind.PAGE);
        List<NavigationEntry> menu = topLevel(all).stream()
                .map(top -> entry(top, children(all, top).stream().map(child -> entry(child, List.of())).toList()))
                .toList();
        List<NavigationEntry> hidden = all.stream().filter(page -> !page.inNavigation())
                .map(page -> entry(page, List.of())).toList();
        return new NavigationOutline(menu, hidden);
    }

    @Override
    @RolesAllowed({ADMINISTRATOR, EDITOR})
    public void move(String slug, MenuMove move, String clientAddress) {
        Actor actor = callers.current(clientAddress);
        input.require(actor);
        keepTheFirstState();
        List<Item> all = drafts.all(ItemKind.PAGE);
        Item page = drafts.get(ItemKind.PAGE, slug);
        if (!page.inNavigation()) {
            throw InvalidContentException.of("slug", "This page is not in the menu. Add it to the menu first.");
        }
        Item parent = page.parent();
        List<Item> siblings = new ArrayList<>(parent == null ? topLevel(all) : children(all, parent));
        int at = siblings.indexOf(page);
        switch (move) {
            case UP -> swap(siblings, at, at - 1);
            case DOWN -> swap(siblings, at, at + 1);
            case IN -> {
                if (parent != null || at == 0 || !children(all, page).isEmpty()) {
                    throw InvalidContentException.of("slug", "Only a top-level page without sub-pages can move "
                            + "under the page above it: the menu has two levels.");
                }
                Item newParent = siblings.get(at - 1);
                siblings.remove(page);
                List<Item> under = new ArrayList<>(children(all, newParent));
                under.add(page);
                renumber(under, newParent);
            }
            case OUT -> {
                if (parent == null) {
                    throw InvalidContentException.of("slug", "This page is already at the top level of the menu.");
                }
                List<Item> top = new ArrayList<>(topLevel(all));
                top.add(top.indexOf(parent) + 1, page);
                siblings.remove(page);
                renumber(top, null);
            }
        }
        renumber(siblings, parent);
        keep(slug, move.done(), actor);
    }

    @Override
    @RolesAllowed({ADMINISTRATOR, EDITOR})
    public void show(String slug, boolean inMenu, String clientAddress) {
        Actor actor = callers.current(clientAddress);
        input.require(actor);
        keepTheFirstState();
        List<Item> all = drafts.all(ItemKind.PAGE);
        Item page = drafts.get(ItemKind.PAGE, slug);
        if (page.inNavigation() == inMenu) {
            return;
        }
        List<Item> top = new ArrayList<>(topLevel(all));
        if (inMenu) {
            top.add(page);
        } else {
            // its sub-pages stay in the menu, at the top level where it was
            top.addAll(top.indexOf(page) < 0 ? top.size() : top.indexOf(page) + 1, children(all, page));
            top.remove(page);
        }
        drafts.placeQuietly(page, null, page.position(), inMenu, page.navLabel());
        renumber(top, null);
        keep(slug, inMenu ? "added to the menu" : "taken out of the menu", actor);
    }

    @Override
    @RolesAllowed({ADMINISTRATOR, EDITOR})
    public int relabel(List<MenuLabel> labels, String clientAddress) {
        Actor actor = callers.current(clientAddress);
        input.require(actor);
        input.require(labels.toArray());
        Map<Item, String> changes = new LinkedHashMap<>(); // the page, and its own label or null for its title
        for (MenuLabel wanted : labels) {
            Item page = drafts.get(ItemKind.PAGE, wanted.slug());
            String title = title(page);
            String label = blankToNull(wanted.label());
            // the title itself is no label of its own: the menu follows the title when it changes
            String own = title.equals(label) ? null : label;
            if (!Objects.equals(own == null ? title : own, page.navLabel() == null ? title : page.navLabel())) {
                changes.put(page, own);
            }
        }
        if (changes.isEmpty()) {
            return 0;
        }
        keepTheFirstState();
        Map<String, String> said = new LinkedHashMap<>();
        changes.forEach((page, own) -> {
            drafts.placeQuietly(page, page.parent(), page.position(), page.inNavigation(), own);
            said.put(page.slug(), own == null ? "shows its title" : "label “" + own + "”");
        });
        if (said.size() == 1) {
            said.forEach((slug, change) -> keep(slug, change, actor));
        } else {
            keep(null, said.entrySet().stream().map(change -> PagePaths.of(change.getKey()) + " "
                    + change.getValue()).collect(Collectors.joining("; ")), actor);
        }
        return changes.size();
    }

    @Override
    @RolesAllowed({ADMINISTRATOR, EDITOR})
    public void restore(long changeId, String clientAddress) {
        Actor actor = callers.current(clientAddress);
        input.require(actor);
        NavigationRevision earlier = Optional.ofNullable(em.find(NavigationRevision.class, changeId))
                .orElseThrow(() -> new ContentNotFoundException("the menu's kept state " + changeId));
        for (NavigationChange.Place kept : earlier.toChange().places()) {
            Optional<Item> parent = kept.parentSlug() == null ? Optional.empty() : pageNowAt(kept.parentSlug());
            pageNowAt(kept.slug()).ifPresent(found -> drafts.placeQuietly(found, parent.orElse(null),
                    kept.position(), kept.inMenu(), kept.label()));
        }
        keep(null, "an earlier state restored", actor);
    }

    @Override
    @RolesAllowed({ADMINISTRATOR, EDITOR})
    public List<NavigationChange> history() {
        return em.createQuery("select n from NavigationRevision n order by n.id desc", NavigationRevision.class)
                .getResultList().stream().map(NavigationRevision::toChange).toList();
    }

    /** The menu as the site started has no revision yet: keep it before its first change, so that it can come back. */
    private void keepTheFirstState() {
        if (em.createQuery("select count(n) from NavigationRevision n", Long.class).getSingleResult() == 0) {
            em.persist(new NavigationRevision(snapshot(), new Actor(Actor.SYSTEM, null), Instant.now()));
        }
    }

    /** Keeps the menu's state after a change and tells the site (and the audit log) of it. */
    private void keep(String slug, String change, Actor actor) {
        em.flush();
        Instant now = Instant.now();
        em.persist(new NavigationRevision(snapshot(), actor, now));
        changed.fire(new NavigationChanged(slug, change, actor, now));
    }

    private static List<Item> topLevel(List<Item> all) {
        return all.stream().filter(page -> page.inNavigation() && page.parent() == null).toList();
    }

    private static List<Item> children(List<Item> all, Item parent) {
        return all.stream().filter(page -> page.inNavigation() && parent.equals(page.parent())).toList();
    }

    private static void swap(List<Item> siblings, int at, int other) {
        if (other >= 0 && other < siblings.size()) {
            siblings.set(at, siblings.set(other, siblings.get(at)));
        }
    }

    /** Gives the pages positions 10, 20, 30… under {@code parent} in the order of the list. */
    private void renumber(List<Item> ordered, Item parent) {
        for (int i = 0; i < ordered.size(); i++) {
            Item page = ordered.get(i);
            drafts.placeQuietly(page, parent, (i + 1) * 10, true, page.navLabel());
        }
    }

    /** The page a kept state names, following its address if it changed since. */
    private Optional<Item> pageNowAt(String slug) {
        return drafts.find(ItemKind.PAGE, slug).or(() -> pages.findRedirect(slug).filter(moved -> !moved.gone())
                .flatMap(moved -> drafts.find(ItemKind.PAGE, moved.targetSlug())));
    }

    private static NavigationEntry entry(Item page, List<NavigationEntry> children) {
        String title = title(page);
        return new NavigationEntry(page.slug(), page.navLabel() != null ? page.navLabel() : title, title,
                page.live() != null, children);
    }

    /** Its published title, or its draft's before it is published. */
    private static String title(Item page) {
        return (page.live() != null ? page.live() : page.draft()).fields().title();
    }

    private Item parentFor(Item page, String parentSlug) {
        if (parentSlug == null || parentSlug.isBlank()) {
            return null;
        }
        Item parent = drafts.find(ItemKind.PAGE, parentSlug).orElseThrow(
                () -> InvalidContentException.of("parentSlug", "There is no page /" + parentSlug + "."));
        boolean hasChildren = drafts.all(ItemKind.PAGE).stream().anyMatch(other -> page.equals(other.parent()));
        if (parent.equals(page) || parent.parent() != null || hasChildren) {
            throw InvalidContentException.of("parentSlug",
                    "The menu has two levels: a page can sit under a top-level page that is not nested itself.");
        }
        return parent;
    }

    /** One line per page in menu order, as {@link NavigationChange#places} reads it. */
    private String snapshot() {
        return drafts.all(ItemKind.PAGE).stream()
                .map(page -> page.position() + " " + (page.parent() == null ? "" : page.parent().slug() + "/")
                        + page.slug() + (page.inNavigation() ? "" : " [hidden]")
                        + (page.navLabel() == null ? "" : " \"" + page.navLabel() + "\""))
                .collect(Collectors.joining("\n"));
    }

    private static String label(Item page) {
        return page.navLabel() != null ? page.navLabel() : page.live().fields().title();
    }

    /** A label on one line (a kept state holds one page a line), or null when there is none. */
    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip().replaceAll("\\s+", " ");
    }
}
