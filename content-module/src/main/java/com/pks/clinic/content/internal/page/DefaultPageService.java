package com.pks.clinic.content.internal.page;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

import com.pks.clinic.content.api.Actor;
import com.pks.clinic.content.api.ContentNotFoundException;
import com.pks.clinic.content.api.EditablePage;
import com.pks.clinic.content.api.InvalidContentException;
import com.pks.clinic.content.api.NewPage;
import com.pks.clinic.content.api.PageContent;
import com.pks.clinic.content.api.PagePublished;
import com.pks.clinic.content.api.PageRevision;
import com.pks.clinic.content.api.PageService;
import com.pks.clinic.content.api.PageUnpublished;
import com.pks.clinic.content.api.PublishedPage;
import com.pks.clinic.content.internal.item.Drafts;
import com.pks.clinic.content.internal.item.Fields;
import com.pks.clinic.content.internal.item.Item;
import com.pks.clinic.content.internal.item.ItemKind;
import com.pks.clinic.content.internal.item.ItemRevision;
import com.pks.clinic.content.internal.validation.InputCheck;

/** Pages over the shared draft-and-revision mechanism; each call is one transaction. */
@Stateless
public class DefaultPageService implements PageService {

    @Inject
    private Drafts drafts;

    @Inject
    private InputCheck input;

    @Inject
    private Event<PagePublished> published;

    @Inject
    private Event<PageUnpublished> unpublished;

    @Override
    public Optional<PublishedPage> findPublished(String slug) {
        return drafts.find(ItemKind.PAGE, slug).filter(page -> page.live() != null).map(PageMapping::published);
    }

    @Override
    public PublishedPage getPublished(String slug) {
        return findPublished(slug).orElseThrow(() -> new ContentNotFoundException("the page /" + slug));
    }

    @Override
    public List<PublishedPage> listPublished() {
        return drafts.published(ItemKind.PAGE).stream().map(PageMapping::published).toList();
    }

    @Override
    public List<EditablePage> listForEditing() {
        return drafts.all(ItemKind.PAGE).stream().map(PageMapping::editable).toList();
    }

    @Override
    public EditablePage getForEditing(String slug) {
        return PageMapping.editable(drafts.get(ItemKind.PAGE, slug));
    }

    @Override
    public EditablePage create(NewPage page, Actor actor) {
        input.require(page, actor);
        if (Slugs.isReserved(page.slug())) {
            throw InvalidContentException.of("slug", "The address /" + page.slug() + " is used by the site itself.");
        }
        if (drafts.find(ItemKind.PAGE, page.slug()).isPresent()) {
            throw InvalidContentException.of("slug", "Another page already has the address /" + page.slug() + ".");
        }
        return PageMapping.editable(drafts.create(ItemKind.PAGE, page.slug(), fields(page.content()), actor));
    }

    @Override
    public EditablePage saveDraft(String slug, PageContent content, long expectedVersion, Actor actor) {
        input.require(content, actor);
        Item page = drafts.lock(ItemKind.PAGE, slug, expectedVersion);
        return PageMapping.editable(drafts.saveDraft(page, fields(content), actor));
    }

    @Override
    public EditablePage publish(String slug, long expectedVersion, Actor actor) {
        input.require(actor);
        Item page = drafts.lock(ItemKind.PAGE, slug, expectedVersion);
        ItemRevision live = drafts.publish(page, actor);
        published.fire(new PagePublished(slug, live.id(), actor, live.createdAt()));
        return PageMapping.editable(page);
    }

    @Override
    public EditablePage unpublish(String slug, long expectedVersion, Actor actor) {
        input.require(actor);
        Item page = drafts.lock(ItemKind.PAGE, slug, expectedVersion);
        if (drafts.unpublish(page, actor)) {
            unpublished.fire(new PageUnpublished(slug, actor, page.updatedAt()));
        }
        return PageMapping.editable(page);
    }

    @Override
    public List<PageRevision> history(String slug) {
        Item page = drafts.get(ItemKind.PAGE, slug);
        return drafts.history(page).stream().map(revision -> PageMapping.revision(slug, revision)).toList();
    }

    @Override
    public EditablePage restore(String slug, long revisionId, long expectedVersion, Actor actor) {
        input.require(actor);
        Item page = drafts.lock(ItemKind.PAGE, slug, expectedVersion);
        return PageMapping.editable(drafts.restore(page, revisionId, actor));
    }

    private static Fields fields(PageContent content) {
        return new Fields(content.title(), null, null, content.metaDescription(), content.bodyHtml(),
                content.reviewedBy(), content.reviewedOn(), null, null);
    }
}
