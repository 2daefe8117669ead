package com.pks.clinic.web.site;

import java.time.LocalDate;
import java.util.Optional;

import com.pks.clinic.content.api.Article;
import com.pks.clinic.content.api.Collection;
import com.pks.clinic.content.api.Condition;
import com.pks.clinic.content.api.PublishedPage;

/**
 * A list entry with a page of its own, under the page that lists it: a condition treated
 * ({@code /who-it-may-help/post-traumatic-stress-disorder-ptsd}) or an article ({@code /news/<key>}).
 *
 * @param parent      the page that lists the entry
 * @param description one or two sentences for search results and the list; may be empty
 * @param date        an article's date; {@code null} for a condition
 * @param author      an article's author; {@code null} when none is named
 * @param imagePath   an article's picture from the library, or {@code null}
 */
public record EntryPage(PublishedPage parent, Collection collection, String key, String title, String description,
                        String bodyHtml, LocalDate date, String author, String imagePath) {

    /** The entry of this key in the list the page shows, when the page shows a list whose entries have pages. */
    static Optional<EntryPage> find(PublishedPage parent, String key, PublicContent.Snapshot site) {
        if (parent.collection() == Collection.CONDITION) {
            return site.conditions().stream().filter(condition -> condition.key().equals(key)).findFirst()
                    .map(condition -> of(parent, condition));
        }
        if (parent.collection() == Collection.ARTICLE) {
            return site.articles().stream().filter(article -> article.key().equals(key)).findFirst()
                    .map(article -> of(parent, article));
        }
        return Optional.empty();
    }

    public static EntryPage of(PublishedPage parent, Condition condition) {
        return new EntryPage(parent, Collection.CONDITION, condition.key(), condition.name(),
                condition.summary() == null ? "" : condition.summary(), condition.bodyHtml(), null, null, null);
    }

    public static EntryPage of(PublishedPage parent, Article article) {
        return new EntryPage(parent, Collection.ARTICLE, article.key(), article.title(),
                article.summary() == null ? "" : article.summary(), article.bodyHtml(), article.date(),
                article.author(), article.imagePath());
    }

    /** The entry's address: its key under the listing page's. */
    public String path() {
        return parent.path() + "/" + key;
    }

    public boolean isArticle() {
        return collection == Collection.ARTICLE;
    }
}
