package com.pks.clinic.web.site;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import com.pks.clinic.content.api.PageService;
import com.pks.clinic.content.api.PublishedPage;

/** The home page at {@code /}: the published page with the slug {@code home}. */
@Named
@RequestScoped
public class HomeBacking {

    static final String HOME_SLUG = "home";

    @Inject
    private PageService pages;

    private PublishedPage page;

    @PostConstruct
    void load() {
        page = pages.getPublished(HOME_SLUG);
    }

    public PublishedPage getPage() {
        return page;
    }
}
