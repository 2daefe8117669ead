package com.pks.clinic.web.site;

import java.util.List;
import java.util.Map;

import com.pks.clinic.content.api.Article;
import com.pks.clinic.content.api.Collection;
import com.pks.clinic.content.api.Condition;
import com.pks.clinic.content.api.PublishedPage;
import com.pks.clinic.content.api.Question;
import com.pks.clinic.content.api.TeamMember;

/**
 * A page as its article renders it ({@code /WEB-INF/includes/page-article.xhtml}): its text with the list it shows
 * (team, questions, conditions or articles), for the public page and for the editor's preview alike. The home page is laid out
 * in bands: its clinicians beside its title, its text's first section, the conditions' cards, then the rest of its text.
 */
public record ShownPage(PublishedPage page, PublicContent.Snapshot site, List<String> homeSections) {

    public ShownPage(PublishedPage page, PublicContent.Snapshot site) {
        this(page, site, "/".equals(page.path()) ? TextSections.of(page.bodyHtml()) : List.of());
    }

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

    public List<Article> getArticles() {
        return shows(Collection.ARTICLE) ? site.articles() : List.of();
    }

    public boolean isHome() {
        return "/".equals(page.path());
    }

    /** The home page's first section: its text up to the second heading 2 (what comes before the first, and it). */
    public String getLeadSectionHtml() {
        return String.join("", homeSections.subList(0, leadSections()));
    }

    /** The home page's other sections, each in a band of its own. */
    public List<String> getMoreSectionsHtml() {
        return homeSections.subList(leadSections(), homeSections.size());
    }

    private int leadSections() {
        List<String> sections = homeSections;
        return Math.min(sections.size(), !sections.isEmpty() && !sections.get(0).startsWith("<h2") ? 2 : 1);
    }

    /** Every condition and every clinician, for the home page's cards. */
    public List<Condition> getAllConditions() {
        return site.conditions();
    }

    public List<TeamMember> getAllClinicians() {
        return site.team();
    }

    /** Where the full list of conditions, or the team, is shown: the address the home page's cards lead to. */
    public String pathShowing(Collection collection) {
        return site.pageListing(collection).map(PublishedPage::path).orElse(null);
    }

    private boolean shows(Collection collection) {
        return page.collection() == collection;
    }
}
