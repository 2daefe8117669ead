package com.pks.clinic.content.internal.page;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static com.pks.clinic.content.api.ContentRoles.ADMINISTRATOR;
import static com.pks.clinic.content.api.ContentRoles.EDITOR;

import com.pks.clinic.content.api.Actor;
import com.pks.clinic.content.api.ContentNotFoundException;
import com.pks.clinic.content.api.EditablePage;
import com.pks.clinic.content.api.InvalidContentException;
import com.pks.clinic.content.api.LinkProblem;
import com.pks.clinic.content.api.NewPage;
import com.pks.clinic.content.api.PageAddress;
import com.pks.clinic.content.api.PageAddressChanged;
import com.pks.clinic.content.api.PageContent;
import com.pks.clinic.content.api.PageCreated;
import com.pks.clinic.content.api.PageDeleted;
import com.pks.clinic.content.api.PagePaths;
import com.pks.clinic.content.api.PagePublished;
import com.pks.clinic.content.api.PageRestored;
import com.pks.clinic.content.api.PageRevision;
import com.pks.clinic.content.api.PageService;
import com.pks.clinic.content.api.PageUnpublished;
import com.pks.clinic.content.api.PublishScheduled;
import com.pks.clinic.content.api.PublishedPage;
import com.pks.clinic.content.api.Redirect;
import com.pks.clinic.content.api.RevisionComparison;
import com.pks.clinic.content.api.WorkingCopy;
import com.pks.clinic.content.internal.caller.Callers;
import com.pks.clinic.content.internal.item.Drafts;
import com.pks.clinic.content.internal.item.Fields;
import com.pks.clinic.content.internal.item.Item;
import com.pks.clinic.content.internal.item.ItemKind;
import com.pks.clinic.content.internal.media.ImageUses;
import com.pks.clinic.content.internal.item.ItemRevision;
import com.pks.clinic.content.internal.validation.InputCheck;

/** Pages over the shared draft-and-revision mechanism; each call is one transaction. */
@Stateless
@DeclareRoles({ADMINISTRATOR, EDITOR})
public class DefaultPageService implements PageService {

    @Inject
    private ImageUses images;

    @Inject
    private Drafts drafts;

    @Inject
    private InputCheck input;

    @Inject
    private Callers callers;

    @Inject
    private PageAddresses addresses;

    @Inject
    private WorkingCopies workingCopies;

    @Inject
    private LinkCheck links;

    @Inject
    private Event<PagePublished> published;

    @Inject
    private Event<PageDeleted> deleted;

    @Inject
    private Event<PageAddressChanged> addressChanged;

    @Inject
    private Event<PublishScheduled> scheduled;

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
        requireFree(page.slug());
        addresses.occupy(page.slug());
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
        workingCopies.discard(page, actor.username());
        return PageMapping.editable(drafts.saveDraft(page, fields(content), actor));
    }

    @Override
    @RolesAllowed({ADMINISTRATOR, EDITOR})
    public EditablePage publish(String slug, long expectedVersion, String clientAddress) {
        Actor actor = callers.current(clientAddress);
        input.require(actor);
        Item page = drafts.lock(ItemKind.PAGE, slug, expectedVersion);
        images.requireDescribed(drafts.toPublish(page));
        ItemRevision live = drafts.publish(page, actor);
        published.fire(new PagePublished(slug, live.id(), actor, live.createdAt(), false));
        return PageMapping.editable(page);
    }

    @Override
    @RolesAllowed({ADMINISTRATOR, EDITOR})
    public EditablePage unpublish(String slug, long expectedVersion, String clientAddress) {
        Actor actor = callers.current(clientAddress);
        input.require(actor);
        Item page = drafts.lock(ItemKind.PAGE, slug, expectedVersion);
        if (PagePaths.HOME.equals(slug)) {
            throw InvalidContentException.of("slug", "The home page cannot be taken off the site: every visitor "
                    + "starts there. You can change its text.");
        }
        page.schedule(null, null);
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

    @Override
    @RolesAllowed({ADMINISTRATOR, EDITOR})
    public EditablePage changeSlug(String slug, String newSlug, long expectedVersion, String clientAddress) {
        Actor actor = callers.current(clientAddress);
        input.require(new PageAddress(newSlug), actor);
        Item page = drafts.lock(ItemKind.PAGE, slug, expectedVersion);
        if (PagePaths.HOME.equals(slug)) {
            throw InvalidContentException.of("slug", "The home page always lives at /: its address cannot change.");
        }
        if (newSlug.equals(slug)) {
            return PageMapping.editable(page);
        }
        requireFree(newSlug);
        page.rename(newSlug);
        drafts.touch(page, actor);
        drafts.checked(page);
        addresses.leave(slug, newSlug, actor);
        addressChanged.fire(new PageAddressChanged(slug, newSlug, actor, page.updatedAt()));
        return PageMapping.editable(page);
    }

    @Override
    @RolesAllowed({ADMINISTRATOR, EDITOR})
    public void delete(String slug, String redirectTo, long expectedVersion, String clientAddress) {
        Actor actor = callers.current(clientAddress);
        input.require(actor);
        Item page = drafts.lock(ItemKind.PAGE, slug, expectedVersion);
        if (PagePaths.HOME.equals(slug)) {
            throw InvalidContentException.of("slug", "The home page cannot be deleted. You can change its text.");
        }
        String target = redirectTo == null || redirectTo.isBlank() ? null : redirectTo.strip();
        if (target != null && (target.equals(slug) || drafts.find(ItemKind.PAGE, target).isEmpty())) {
            throw InvalidContentException.of("redirectTo", "Choose another page of the site to send visitors to.");
        }
        workingCopies.discardAll(page);
        drafts.delete(page);
        addresses.leave(slug, target, actor);
        deleted.fire(new PageDeleted(slug, target, actor, Instant.now()));
    }

    @Override
    @PermitAll
    public Optional<Redirect> findRedirect(String slug) {
        return addresses.find(slug);
    }

    @Override
    @PermitAll
    public List<Redirect> listRedirects() {
        return addresses.all();
    }

    @Override
    @RolesAllowed({ADMINISTRATOR, EDITOR})
    public EditablePage schedulePublish(String slug, Instant at, long expectedVersion, String clientAddress) {
        Actor actor = callers.current(clientAddress);
        input.require(actor);
        Item page = drafts.lock(ItemKind.PAGE, slug, expectedVersion);
        if (at == null || !at.isAfter(Instant.now())) {
            throw InvalidContentException.of("publishAt", "Choose a date and time in the future.");
        }
        if (page.draft() == null) {
            throw InvalidContentException.of("publishAt", "There is no draft to publish: the page is live as it is.");
        }
        images.requireDescribed(page.draft().fields());
        return schedule(page, at, actor);
    }

    @Override
    @RolesAllowed({ADMINISTRATOR, EDITOR})
    public EditablePage cancelSchedule(String slug, long expectedVersion, String clientAddress) {
        Actor actor = callers.current(clientAddress);
        input.require(actor);
        return schedule(drafts.lock(ItemKind.PAGE, slug, expectedVersion), null, actor);
    }

    @Override
    @RolesAllowed({ADMINISTRATOR, EDITOR})
    public void autosave(String slug, PageContent content, long basedOnVersion) {
        Actor actor = callers.current(null);
        input.require(content, actor);
        workingCopies.keep(drafts.get(ItemKind.PAGE, slug), actor.username(), content, basedOnVersion);
    }

    @Override
    @RolesAllowed({ADMINISTRATOR, EDITOR})
    public Optional<WorkingCopy> findWorkingCopy(String slug) {
        return workingCopies.find(drafts.get(ItemKind.PAGE, slug), callers.current(null).username())
                .map(WorkingCopyRow::toWorkingCopy);
    }

    @Override
    @RolesAllowed({ADMINISTRATOR, EDITOR})
    public void discardWorkingCopy(String slug) {
        workingCopies.discard(drafts.get(ItemKind.PAGE, slug), callers.current(null).username());
    }

    @Override
    @RolesAllowed({ADMINISTRATOR, EDITOR})
    public PublishedPage preview(String slug) {
        return PageMapping.preview(drafts.get(ItemKind.PAGE, slug));
    }

    @Override
    @RolesAllowed({ADMINISTRATOR, EDITOR})
    public RevisionComparison compare(String slug, long fromRevision, long toRevision) {
        Item page = drafts.get(ItemKind.PAGE, slug);
        PageRevision from = PageMapping.revision(slug, drafts.revision(page, fromRevision));
        PageRevision to = PageMapping.revision(slug, drafts.revision(page, toRevision));
        return new RevisionComparison(from, to,
                TextDifference.ofText(from.content().title(), to.content().title()),
                TextDifference.ofText(from.content().metaDescription(), to.content().metaDescription()),
                TextDifference.ofHtml(from.content().bodyHtml(), to.content().bodyHtml()),
                TextDifference.ofText(PageMapping.reviewLine(from.content()), PageMapping.reviewLine(to.content())));
    }

    @Override
    @RolesAllowed({ADMINISTRATOR, EDITOR})
    public List<LinkProblem> linkProblems(String slug) {
        Item page = drafts.get(ItemKind.PAGE, slug);
        return page.draft() == null ? List.of() : links.problems(page.draft().fields().bodyHtml());
    }

    private EditablePage schedule(Item page, Instant at, Actor actor) {
        page.schedule(at, actor.username());
        drafts.touch(page, actor);
        drafts.checked(page);
        scheduled.fire(new PublishScheduled(page.slug(), at, actor, page.updatedAt()));
        return PageMapping.editable(page);
    }

    private void requireFree(String slug) {
        if (Slugs.isReserved(slug)) {
            throw InvalidContentException.of("slug", "The address /" + slug + " is used by the site itself.");
        }
        if (drafts.find(ItemKind.PAGE, slug).isPresent()) {
            throw InvalidContentException.of("slug", "Another page already has the address /" + slug + ".");
        }
    }

    private static Fields fields(PageContent content) {
        return new Fields(content.title(), null, null, content.metaDescription(), content.bodyHtml(),
                content.reviewedBy(), content.reviewedOn(), null, null);
    }
}
