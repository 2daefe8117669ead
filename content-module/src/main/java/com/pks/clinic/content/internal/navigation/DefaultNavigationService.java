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
import java.util.List;
import java.util.stream.Collectors;

import static com.pks.clinic.content.api.ContentRoles.ADMINISTRATOR;
import static com.pks.clinic.content.api.ContentRoles.EDITOR;

import com.pks.clinic.content.api.Actor;
import com.pks.clinic.content.api.EditablePage;
import com.pks.clinic.content.api.InvalidContentException;
import com.pks.clinic.content.api.MenuItem;
import com.pks.clinic.content.api.NavigationChange;
import com.pks.clinic.content.api.NavigationChanged;
import com.pks.clinic.content.api.NavigationService;
import com.pks.clinic.content.api.PageService;
import com.pks.clinic.content.api.Placement;
import com.pks.clinic.content.internal.caller.Callers;
import com.pks.clinic.content.internal.item.Drafts;
import com.pks.clinic.content.internal.item.Item;
import com.pks.clinic.content.internal.item.ItemKind;
import com.pks.clinic.content.internal.validation.InputCheck;

/** Builds the menu from the pages' places (two levels) and records every change of it as a revision. */
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
        Item page = drafts.lock(ItemKind.PAGE, slug, expectedVersion);
        Item parent = parentFor(page, placement.parentSlug());
        page.place(parent, placement.position(), placement.inNavigation(), blankToNull(placement.label()));
        drafts.touch(page, actor);
        drafts.checked(page);
        Instant now = Instant.now();
        em.persist(new NavigationRevision(snapshot(), actor, now));
        changed.fire(new NavigationChanged(slug, actor, now));
        return pages.getForEditing(slug);
    }

    @Override
    @RolesAllowed({ADMINISTRATOR, EDITOR})
    public List<NavigationChange> history() {
        return em.createQuery("select n from NavigationRevision n order by n.id desc", NavigationRevision.class)
                .getResultList().stream().map(NavigationRevision::toChange).toList();
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

    /** One line per page in menu order: "position parent/slug [hidden] label". */
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

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
