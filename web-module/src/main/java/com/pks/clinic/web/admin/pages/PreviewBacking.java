package com.pks.clinic.web.admin.pages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;

import com.pks.clinic.content.api.ContentNotFoundException;
import com.pks.clinic.content.api.PageService;
import com.pks.clinic.web.admin.PreviewWidth;
import com.pks.clinic.web.site.PublicContent;
import com.pks.clinic.web.site.ShownPage;

/**
 * A page's draft as the public site will show it ({@code /admin/pages/draft?slug=}, framed by
 * {@code /admin/pages/preview}): read from the database, past the public site's memory, through the same template
 * and article as the public page.
 */
@Named
@RequestScoped
public class PreviewBacking {

    @Inject
    @Param
    private String slug;

    @Inject
    @Param
    private String width;

    @Inject
    private PageService pages;

    @Inject
    private PublicContent content;

    private ShownPage shown;

    public void load() {
        try {
            shown = new ShownPage(pages.preview(slug), content.current());
        } catch (ContentNotFoundException gone) {
            Faces.getResponse().setStatus(404);
        }
    }

    public ShownPage getShown() {
        return shown;
    }

    public String getSlug() {
        return slug;
    }

    /** The width the console's preview frame shows: {@code phone} or {@code desktop} ({@link PreviewWidth}). */
    public boolean isPhone() {
        return PreviewWidth.phone(width);
    }
}
