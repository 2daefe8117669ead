package com.pks.clinic.web.platform.links;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.pks.clinic.inquiry.api.StaffLinks;
import com.pks.clinic.web.site.PublicContent;

/** Links for staff, from the public base URL that the clinic keeps in its site settings. */
@ApplicationScoped
public class SiteStaffLinks implements StaffLinks {

    @Inject
    private PublicContent content;

    @Override
    public String inquiry(String reference) {
        return content.current().settings().origin() + "/admin/inquiries/view?ref=" + reference;
    }

    @Override
    public String inbox() {
        return content.current().settings().origin() + "/admin/inquiries";
    }
}
