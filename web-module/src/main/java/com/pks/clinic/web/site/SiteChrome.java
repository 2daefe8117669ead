package com.pks.clinic.web.site;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

import com.pks.clinic.content.api.Collection;
import com.pks.clinic.content.api.MenuItem;
import com.pks.clinic.content.api.PublishedPage;
import com.pks.clinic.content.api.SiteSettings;

/**
 * What the public template shows around every page: the clinic's details and the menu. Falls back to the clinic's
 * name and phone and an empty menu when the database cannot be read, so that error pages still render (with the
 * crisis resources, which the template holds itself).
 */
@Named
@RequestScoped
public class SiteChrome {

    static final SiteSettings FALLBACK = new SiteSettings("Psychiatric Ketamine Specialists", "406-880-7571",
            null, "Missoula", "MT", null, null, null, "America/Denver", null, "http://localhost:8080", null, null,
            null, 0);

    /** A request attribute: this page was drawn without the stored details, and must not be kept as it is. */
    public static final String WITHOUT_STORED_DETAILS = SiteChrome.class.getName() + ".fallback";

    private static final Logger LOG = Logger.getLogger(SiteChrome.class.getName());

    @Inject
    private PublicContent content;

    @Inject
    private HttpServletRequest request;

    private SiteSettings settings = FALLBACK;
    private List<MenuItem> menu = List.of();
    private List<PublishedPage> pages = List.of();
    private String newsPath;

    @PostConstruct
    void load() {
        try {
            PublicContent.Snapshot site = content.current();
            settings = site.settings();
            menu = site.menu();
            pages = List.copyOf(site.pages().values());
            newsPath = site.pageListing(Collection.ARTICLE).map(PublishedPage::path).orElse(null);
        } catch (RuntimeException unavailable) {
            request.setAttribute(WITHOUT_STORED_DETAILS, Boolean.TRUE);
            LOG.log(Level.WARNING, "Showing the page without the clinic's stored details: {0}",
                    unavailable.getClass().getSimpleName());
        }
    }

    public SiteSettings getSettings() {
        return settings;
    }

    /** Shows the clinic's draft details around this page instead of the published ones: the console's preview. */
    public void useDraft(SiteSettings draft) {
        settings = draft;
    }

    /** The clinic's announcement while it runs (until its last day, in the clinic's time zone), else null. */
    public String getAnnouncement() {
        return settings.announces(LocalDate.now(settings.zone())) ? settings.announcement() : null;
    }

    public List<MenuItem> getMenu() {
        return menu;
    }

    /** Whether the menu entry is the page being shown: the menu marks it with {@code aria-current="page"}. */
    public boolean current(MenuItem item) {
        return item.path().equals(request.getRequestURI().substring(request.getContextPath().length()));
    }

    /** Whether the page being shown is the entry or one of the pages under it. */
    public boolean inSection(MenuItem item) {
        return current(item) || item.children().stream().anyMatch(this::current);
    }

    /** The address of the page that lists the articles, for the footer and the feed's link; null without one. */
    public String getNewsPath() {
        return newsPath;
    }

    /** Every published page, for the "page not found" page. */
    public List<PublishedPage> getPages() {
        return pages;
    }
}
