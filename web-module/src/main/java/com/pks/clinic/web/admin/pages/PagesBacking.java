package com.pks.clinic.web.admin.pages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

import com.pks.clinic.content.api.PageService;
import com.pks.clinic.web.admin.pages.PageLines.PageLine;

/** The list of pages ({@code /admin/pages}), in menu order, each with where it stands. */
@Named
@RequestScoped
public class PagesBacking {

    @Inject
    private PageService pages;

    @Inject
    private PageLines lines;

    private List<PageLine> all;

    public List<PageLine> getPages() {
        if (all == null) {
            all = pages.listForEditing().stream().map(lines::line).toList();
        }
        return all;
    }
}
