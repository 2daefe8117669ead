package com.pks.clinic.web.admin.inquiries;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.cdi.Param;

import com.pks.clinic.inquiry.api.InquiryPage;
import com.pks.clinic.inquiry.api.InquiryService;
import com.pks.clinic.web.platform.client.ClientAddress;
import com.pks.clinic.web.platform.time.ClinicTime;

/**
 * The inbox ({@code /admin/inquiries}, Administrators and Intake): urgent inquiries first, then the newest, with
 * nothing a person wrote but their name. A plain GET form, so that a filtered list has an address; one service call,
 * which the audit log records as a read of the list.
 */
@Named
@RequestScoped
public class InquiriesBacking {

    static final int PAGE_SIZE = 25;
    static final String PATH = "/admin/inquiries";
    static final String EXPORT_PATH = "/admin/inquiries/export";

    @Inject
    @Param(name = InquirySearch.STATUS)
    private String status;

    @Inject
    @Param(name = InquirySearch.KIND)
    private String kind;

    @Inject
    @Param(name = InquirySearch.URGENT)
    private String urgent;

    @Inject
    @Param(name = InquirySearch.FROM)
    private String from;

    @Inject
    @Param(name = InquirySearch.TO)
    private String to;

    @Inject
    @Param(name = InquirySearch.PAGE)
    private String page;

    @Inject
    private InquiryService inquiries;

    @Inject
    private ClientAddress client;

    @Inject
    private ClinicTime time;

    private InquirySearch search;
    private InquiryPage result;

    public void load() {
        search = InquirySearch.of(status, kind, urgent, from, to, page);
        if (search.isValid()) {
            result = inquiries.list(search.filter(time.zone()), search.page() - 1, PAGE_SIZE, client.get());
        }
    }

    public InquirySearch getSearch() {
        return search;
    }

    /** The page of inquiries; {@code null} when the search could not be read. */
    public InquiryPage getResult() {
        return result;
    }

    public String getNewerLink() {
        return result == null || result.page() == 0 ? null : search.link(PATH, result.page());
    }

    public String getOlderLink() {
        return result == null || (long) (result.page() + 1) * result.size() >= result.total() ? null
                : search.link(PATH, result.page() + 2);
    }

    public String getExportLink() {
        return search.link(EXPORT_PATH, 1);
    }
}
