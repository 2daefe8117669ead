package com.pks.clinic.web.site;

import java.util.List;
import java.util.Map;

import com.pks.clinic.content.api.Collection;
import com.pks.clinic.content.api.Condition;
import com.pks.clinic.content.api.PublishedPage;
import com.pks.clinic.content.api.Question;
import com.pks.clinic.content.api.TeamMember;

/**
 * A page as its article renders it ({@code /WEB-INF/includes/page-article.xhtml}): its text with the list it shows
 * (team, questions or conditions), for the public page and for the editor's preview alike.
 */
public record ShownPage(PublishedPage page, PublicContent.Snapshot site) {

    public PublishedPage getPage() {
        return page;
    }

    public List<TeamMember> getTeam() {
        return shows(Collection.TEAM) ? site.team() : List.of();
    }

    public Map<String, List<Question>> getQuestionsByGroup() {
        return shows(Collection.FAQ) ? site.questionsByGroup() : Map.of();
    }

    public List<Condition> getConditions() {
        return shows(Collection.CONDITION) ? site.conditions() : List.of();
    }

    private boolean shows(Collection collection) {
        return page.collection() == collection;
    }
}
