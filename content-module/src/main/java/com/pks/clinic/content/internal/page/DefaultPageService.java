package com.pks.clinic.content.internal.page;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

import static com.pks.clinic.content.api.ContentRoles.ADMINISTRATOR;
import static com.pks.clinic.content.api.ContentRoles.EDITOR;

import com.pks.clinic.content.api.Actor;
import com.pks.clinic.content.api.ContentNotFoundException;
import com.pks.clinic.content.api.EditablePage;
import com.pks.clinic.content.api.InvalidContentException;
import com.pks.clinic.content.api.NewPage;
import com.pks.clinic.content.api.PageContent;
import com.pks.clinic.content.api.PageCreated;
import com.pks.clinic.content.api.PagePublished;
import com.pks.clinic.content.api.PageRestored;
import com.pks.clinic.content.api.PageRevision;
import com.pks.clinic.content.api.PageService;
import com.pks.clinic.content.api.PageUnpublished;
import com.pks.clinic.content.api.PublishedPage;
import com.pks.clinic.content.internal.caller.Callers;
import com.pks.clinic.content.internal.item.Drafts;
import com.pks.clinic.content.internal.item.Fields;
import com.pks.clinic.content.internal.item.Item;
import com.pks.clinic.content.internal.item.ItemKind;
import com.pks.clinic.content.internal.item.ItemRevision;
import com.pks.clinic.content.internal.validation.InputCheck;

/** Pages over the shared draft-and-revision mechanism; each call is one transaction. */
@Stateless
@DeclareRoles({ADMINISTRATOR, EDITOR})
public class DefaultPageService implements PageService {

    @Inject
    private Drafts drafts;

    @Inject
    private InputCheck input;

    @Inject
    private Callers callers;

    @Inject
    private Event<PagePublished> published;

    @Inject
    private Event<PageUnpublished> unpublished;

    @Inject
    private Event<PageCreated> created;

    @Inject
    private Event<PageRestored> restored;

    @Override
    @PermitAll
    public Optional<PublishedPage> findPublished(String slug) {
        return drafts.find(ItemKind.PAGE, slug).filter(page -> page.live() != null).map(PageMapping::published);
    }

    @Override
    @PermitAll
    public PublishedPage getPublished(String slug) {
        return findPublished(slug).orElseThrow(() -> new ContentNotFoundException("the page /" + slug));
    }

    @Override
    @PermitAll
    public List<PublishedPage> listPublished() {
        return drafts.published(ItemKind.PAGE).stream().map(PageMapping::published).toList();
    }

    @Override
    @RolesAllowed({ADMINISTRATOR, EDITOR})
    public List<EditablePage> listForEditing() {
        return drafts.all(ItemKind.PAGE).stream().map(PageMapping::editable).toList();
    }

    @Override
    @RolesAllowed({ADMINISTRATOR, EDITOR})
    public EditablePage getForEditing(String slug) {
        return PageMapping.editable(drafts.get(ItemKind.PAGE, slug));
    }

    @Override
    @RolesAllowed({ADMINISTRATOR, EDITOR})
    public EditablePage create(NewPage page, String clientAddress) {
        Actor actor = callers.current(clientAddress);
        input.require(page, actor);
        if (Slugs.isReserved(page.slug())) {
            throw InvalidContentException.of("slug", "The address /" + page.slug() + " is used by the site itself.");
        }
        if (drafts.find(ItemKind.PAGE, page.slug()).isPresent()) {
            throw InvalidContentException.of("slug", "Another page already has the address /" + page.slug() + ".");
        }
        Item created = drafts.create(ItemKind.PAGE, page.slug(), fields(page.content()), actor);
        this.created.fire(new PageCreated(page.slug(), actor, created.updatedAt()));
        return PageMapping.editable(created);
    }

    @Override
    @RolesAllowed({ADMINISTRATOR, EDITOR})
    public EditablePage saveDraft(String slug, PageContent content, long expectedVersion, String clientAddress) {
        Actor actor = callers.current(clientAddress);
        input.require(content, actor);
        Item page = drafts.lock(ItemKind.PAGE, slug, expectedVersion);
        return PageMapping.editable(drafts.saveDraft(page, fields(content), actor));
    }

    @Override
    @RolesAllowed({ADMINISTRATOR, EDITOR})
    public EditablePage publish(String slug, long expectedVersion, String clientAddress) {
        Actor actor = callers.current(clientAddress);
        input.require(actor);
        Item page = drafts.lock(ItemKind.PAGE, slug, expectedVersion);
        ItemRevision live = drafts.publish(page, actor);
        published.fire(new PagePublished(slug, live.id(), actor, live.createdAt()));
        return PageMapping.editable(page);
    }

    @Override
    @RolesAllowed({ADMINISTRATOR, EDITOR})
    public EditablePage unpublish(String slug, long expectedVersion, String clientAddress) {
        Actor actor = callers.current(clientAddress);
        input.require(actor);
        Item page = drafts.lock(ItemKind.PAGE, slug, expectedVersion);
        if (drafts.unpublish(page, actor)) {
            unpublished.fire(new PageUnpublished(slug, actor, page.updatedAt()));
        }
        return PageMapping.editable(page);
    }

    @Override
    @RolesAllowed({ADMINISTRATOR, EDITOR})
    public List<PageRevision> history(String slug) {
        Item page = drafts.get(ItemKind.PAGE, slug);
        return drafts.history(page).stream().map(revision -> PageMapping.revision(slug, revision)).toList();
    }

    @Override
    @RolesAllowed({ADMINISTRATOR, EDITOR})
    public EditablePage restore(String slug, long revisionId, long expectedVersion, String clientAddress) {
        Actor actor = callers.current(clientAddress);
        input.require(actor);
        Item page = drafts.lock(ItemKind.PAGE, slug, expectedVersion);
        Item restoredPage = drafts.restore(page, revisionId, actor);
        restored.fire(new PageRestored(slug, revisionId, actor, restoredPage.updatedAt()));
        return PageMapping.editable(restoredPage);
    }

    private static Fields fields(PageContent content) {
        return new Fields(content.title(), null, null, content.metaDescription(), content.bodyHtml(),
                content.reviewedBy(), content.reviewedOn(), null, null);
    }
}
