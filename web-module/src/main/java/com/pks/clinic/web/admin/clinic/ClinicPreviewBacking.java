package com.pks.clinic.web.admin.clinic;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.omnifaces.cdi.Param;

import com.pks.clinic.content.api.PagePaths;
import com.pks.clinic.content.api.SiteSettingsService;
import com.pks.clinic.web.admin.PreviewWidth;
import com.pks.clinic.web.site.PublicContent;
import com.pks.clinic.web.site.ShownPage;
import com.pks.clinic.web.site.SiteChrome;

/**
 * The clinic's draft details on the home page as the public site will show them ({@code /admin/clinic/draft}, framed
 * by {@code /admin/clinic/preview}): the header, the footer, the announcement and every {@code [phone]} take the
 * draft; the public site itself does not change.
 */
@Named
@RequestScoped
public class ClinicPreviewBacking {

    @Inject
    @Param
    private String width;

    @Inject
    private SiteSettingsService settings;

    @Inject
    private PublicContent content;

    @Inject
    private SiteChrome chrome;

    private ShownPage shown;

    public void load() {
        chrome.useDraft(settings.getForEditing().current());
        PublicContent.Snapshot site = content.current();
        shown = site.page(PagePaths.HOME).map(home -> new ShownPage(home, site)).orElse(null);
    }

    public ShownPage getShown() {
        return shown;
    }

    public boolean isPhone() {
        return PreviewWidth.phone(width);
    }
}
