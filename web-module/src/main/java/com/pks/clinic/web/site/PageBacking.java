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

    @Inject
    @Param(pathIndex = 1)
    private String extraPathSegment;

    @Inject
    private PublicContent content;

    private PublicContent.Snapshot site;
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
        if (found.isEmpty()) {
            leftBehind();
            return;
        }
        page = found.get();
        shown = new ShownPage(page, site);
        structuredData = shown.isHome() ? StructuredData.clinic(site.settings())
                : page.collection() == Collection.TEAM ? StructuredData.team(site.settings(), site.team()) : null;
        if (ConditionalGet.notModified(page.slug() + "-" + site.tag())) {
            Faces.responseComplete();
        }
    }

    /** An address a page left: on to where it went (permanently), 410 Gone when it was deleted, else 404. */
    private void leftBehind() throws IOException {
        Optional<Redirect> moved = extraPathSegment == null && slug != null ? site.redirect(slug) : Optional.empty();
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

    /** The page's address on the public site, for the canonical link and Open Graph. */
    public String getCanonicalUrl() {
        return site.settings().origin() + page.path();
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
