package com.pks.clinic.web.admin.lists;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;

import com.pks.clinic.content.api.Article;
import com.pks.clinic.content.api.CollectionService;
import com.pks.clinic.content.api.Condition;
import com.pks.clinic.content.api.ContentNotFoundException;
import com.pks.clinic.content.api.EntryContent;
import com.pks.clinic.content.api.PublishedPage;
import com.pks.clinic.content.api.Question;
import com.pks.clinic.content.api.TeamMember;
import com.pks.clinic.web.admin.PreviewWidth;
import com.pks.clinic.web.site.EntryPage;
import com.pks.clinic.web.site.PublicContent;
import com.pks.clinic.web.site.ShownPage;

/**
 * A list entry's draft as the public site will show it ({@code /admin/lists/draft?list=&key=}, framed by
 * {@code /admin/lists/preview}): a condition or an article on its own page; a team member or a question on the page
 * that lists them, in its place among the published ones. Read from the database, past the public site's memory.
 */
@Named
@RequestScoped
public class EntryPreviewBacking {

    @Inject
    @Param
    private String list;

    @Inject
    @Param
    private String key;

    @Inject
    @Param
    private String width;

    @Inject
    private CollectionService collections;

    @Inject
    private PublicContent content;

    private ListScreen screen;
    private ShownPage shown;
    private EntryPage entry;
    private boolean unlisted;

    public void load() {
        screen = ListScreen.named(list).orElse(null);
        EntryContent draft;
        try {
            draft = screen == null || key == null ? null
                    : collections.getForEditing(screen.getCollection(), key).current();
        } catch (ContentNotFoundException gone) {
            draft = null;
        }
        if (draft == null) {
            screen = null;
            Faces.getResponse().setStatus(404);
            return;
        }
        PublicContent.Snapshot site = content.current();
        Optional<PublishedPage> listing = site.pageListing(screen.getCollection());
        if (listing.isEmpty()) {
            unlisted = true;
            return;
        }
        PublishedPage page = listing.get();
        switch (screen.getCollection()) {
            case TEAM -> shown = new ShownPage(page, site.withTeam(inPlace(site.team(), new TeamMember(key,
                    draft.title(), draft.subtitle(), draft.label(), draft.bodyHtml(), draft.imagePath()),
                    TeamMember::key)));
            case FAQ -> shown = new ShownPage(page, site.withQuestions(inPlace(site.questionsByGroup().values()
                    .stream().flatMap(List::stream).toList(), new Question(key, draft.label(), draft.title(),
                    draft.bodyHtml()), Question::key)));
            case CONDITION -> entry = EntryPage.of(page, new Condition(key, draft.title(), draft.summary(),
                    draft.bodyHtml()));
            case ARTICLE -> entry = EntryPage.of(page, new Article(key, draft.title(), draft.label(),
                    draft.summary(), draft.bodyHtml(), draft.imagePath(), draft.datedOn(), Instant.now()));
        }
    }

    /** The list with the draft in the published entry's place, or at its end while it is not published. */
    private static <T> List<T> inPlace(List<T> published, T draft, Function<T, String> key) {
        List<T> shownList = new ArrayList<>(published);
        for (int i = 0; i < shownList.size(); i++) {
            if (key.apply(shownList.get(i)).equals(key.apply(draft))) {
                shownList.set(i, draft);
                return shownList;
            }
        }
        shownList.add(draft);
        return shownList;
    }

    public ListScreen getScreen() {
        return screen;
    }

    public ShownPage getShown() {
        return shown;
    }

    public EntryPage getEntry() {
        return entry;
    }

    /** Whether no published page lists these entries, so that there is nowhere to show the draft yet. */
    public boolean isUnlisted() {
        return unlisted;
    }

    public String getList() {
        return list;
    }

    public String getKey() {
        return key;
    }

    public boolean isPhone() {
        return PreviewWidth.phone(width);
    }
}
