package com.pks.clinic.web.site;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.Optional;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;

import com.pks.clinic.content.api.Collection;
import com.pks.clinic.content.api.PagePaths;
import com.pks.clinic.content.api.PublishedPage;
import com.pks.clinic.content.api.Redirect;
import com.pks.clinic.web.site.media.Pictures;

/**
 * Every content page: {@code /} is the page {@code home}, {@code /slug} the published page with that slug (through
 * OmniFaces MultiViews, which hands unknown paths to {@code /index.xhtml} with the path as parameters). An unknown
 * or unpublished page is a real 404; {@code /home} redirects to {@code /}. A browser that already holds the page
 * gets 304 Not Modified.
 */
@Named
@RequestScoped
public class PageBacking {

    @Inject
    @Param(pathIndex = 0)
    private String slug;

    /** The key of a list entry with a page of its own, under the page that lists it. */
    @Inject
    @Param(pathIndex = 1)
    private String entryKey;

    @Inject
    @Param(pathIndex = 2)
    private String extraPathSegment;

    @Inject
    private PublicContent content;

    @Inject
    private Pictures pictures;

    @Inject
    private ShownText text;

    private PublicContent.Snapshot site;
    private EntryPage entry;
    private PublishedPage page;
    private ShownPage shown;
    private String structuredData;

    /** Runs before rendering (f:viewAction), so that a missing page can still answer 404. */
    public void load() throws IOException {
        if (PagePaths.HOME.equals(slug)) {
            Faces.redirectPermanent("/");
            return;
        }
        site = content.current();
        Optional<PublishedPage> found = extraPathSegment == null ? site.page(slug == null ? PagePaths.HOME : slug)
                : Optional.empty();
        if (found.isPresent() && entryKey != null) {
            entry = EntryPage.find(found.get(), entryKey, site).orElse(null);
            if (entry == null) {
                Faces.responseSendError(404, "No such page");
                return;
            }
        }
        if (found.isEmpty()) {
            leftBehind();
            return;
        }
        page = found.get();
        shown = new ShownPage(page, site);
        structuredData = entry != null ? StructuredData.entry(site.settings(), entry, pictures)
                : shown.isHome() ? StructuredData.clinic(site.settings())
                : page.collection() == Collection.TEAM ? StructuredData.team(site.settings(), site.team(), pictures) : null;
        if (ConditionalGet.notModified(page.slug() + (entry == null ? "" : "/" + entry.key()) + "-" + site.tag())) {
            Faces.responseComplete();
        }
    }

    /** An address a page left: on to where it went (permanently), 410 Gone when it was deleted, else 404. */
    private void leftBehind() throws IOException {
        Optional<Redirect> moved = extraPathSegment == null && entryKey == null && slug != null ? site.redirect(slug)
                : Optional.empty();
        if (moved.isEmpty()) {
            Faces.responseSendError(404, "No such page");
        } else if (moved.get().gone()) {
            Faces.responseSendError(410, "This page was removed");
        } else {
            Faces.redirectPermanent(Faces.getRequestContextPath() + moved.get().targetPath());
        }
    }

    public PublishedPage getPage() {
        return page;
    }

    /** The list entry this address shows on a page of its own, or {@code null} for the page itself. */
    public EntryPage getEntry() {
        return entry;
    }

    /** The page's heading and the browser tab's title; a condition's says what it is about, as people search. */
    public String getTitle() {
        if (entry == null) {
            return page.title();
        }
        return entry.isArticle() ? entry.title() : "Ketamine treatment for " + entry.title() + " in "
                + site.settings().city();
    }

    public String getDescription() {
        return text.plain(entry == null ? page.metaDescription() : entry.description());
    }

    /** The page's address on the public site, for the canonical link and Open Graph. */
    public String getCanonicalUrl() {
        return site.settings().origin() + (entry == null ? page.path() : entry.path());
    }

    /** JSON-LD for this page, or {@code null}. */
    public String getStructuredData() {
        return structuredData;
    }

    /** The page with the list it shows, for its article; {@code null} when there is no such page. */
    public ShownPage getShown() {
        return shown;
    }
}
