package com.pks.clinic.web.admin.inquiries;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

import com.pks.clinic.inquiry.api.InquiryService;
import com.pks.clinic.web.admin.CsvDownload;
import com.pks.clinic.web.platform.client.ClientAddress;
import com.pks.clinic.web.platform.time.ClinicTime;

/**
 * "Export these as CSV" on the inbox (Administrators: the service refuses anyone else, and records the export): the
 * same filters, every matching inquiry. A filter that cannot be read goes back to the list, which explains it.
 */
@WebServlet(InquiriesBacking.EXPORT_PATH) // excluded from FacesViews in web.xml
public class InquiryExportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private InquiryService inquiries;

    @Inject
    private ClientAddress client;

    @Inject
    private ClinicTime time;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        InquirySearch search = InquirySearch.of(request.getParameter(InquirySearch.STATUS),
                request.getParameter(InquirySearch.KIND), request.getParameter(InquirySearch.URGENT),
                request.getParameter(InquirySearch.FROM), request.getParameter(InquirySearch.TO), null);
        if (!search.isValid()) {
            String asked = request.getQueryString();
            response.sendRedirect(request.getContextPath() + InquiriesBacking.PATH + (asked == null ? "" : "?" + asked));
            return;
        }
        CsvDownload.send(response, "inquiries", time.zone(),
                inquiries.exportCsv(search.filter(time.zone()), client.get()));
    }
}
