package com.pks.clinic.web.site;

import static java.util.stream.Collectors.groupingBy;
import static java.util.stream.Collectors.toList;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;

import com.pks.clinic.content.api.CollectionService;
import com.pks.clinic.content.api.Condition;
import com.pks.clinic.content.api.PageService;
import com.pks.clinic.content.api.PublishedPage;
import com.pks.clinic.content.api.Question;
import com.pks.clinic.content.api.TeamMember;

/**
 * Every content page: {@code /} is the page {@code home}, {@code /slug} the published page with that slug (through
 * OmniFaces MultiViews, which hands unknown paths to {@code /index.xhtml} with the path as parameters). An unknown
 * or unpublished page is a real 404; {@code /home} redirects to {@code /}.
 */
@Named
@RequestScoped
public class PageBacking {

    static final String HOME = "home";

    @Inject
    @Param(pathIndex = 0)
    private String slug;

    @Inject
    @Param(pathIndex = 1)
    private String extraPathSegment;

    @Inject
    private PageService pages;

    @Inject
    private CollectionService collections;

    private PublishedPage page;
    private List<TeamMember> team = List.of();
    private Map<String, List<Question>> questionsByGroup = Map.of();
    private List<Condition> conditions = List.of();

    /** Runs before rendering (f:viewAction), so that a missing page can still answer 404. */
    public void load() throws IOException {
        if (HOME.equals(slug)) {
            Faces.redirectPermanent("/");
            return;
        }
        Optional<PublishedPage> found = extraPathSegment == null
                ? pages.findPublished(slug == null ? HOME : slug)
                : Optional.empty();
        if (found.isEmpty()) {
            Faces.responseSendError(404, "No such page");
            return;
        }
        page = found.get();
        if (page.collection() != null) {
            switch (page.collection()) {
                case TEAM -> team = collections.team();
                case FAQ -> questionsByGroup = collections.questions().stream()
                        .collect(groupingBy(Question::group, LinkedHashMap::new, toList()));
                case CONDITION -> conditions = collections.conditions();
            }
        }
    }

    public PublishedPage getPage() {
        return page;
    }

    public boolean isHome() {
        return page != null && HOME.equals(page.slug());
    }

    public List<TeamMember> getTeam() {
        return team;
    }

    public Map<String, List<Question>> getQuestionsByGroup() {
        return questionsByGroup;
    }

    public List<Condition> getConditions() {
        return conditions;
    }
}
