package com.pks.clinic.web.admin.audit;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

import com.pks.clinic.admin.api.AuditService;
import com.pks.clinic.web.admin.CsvDownload;
import com.pks.clinic.web.platform.client.ClientAddress;
import com.pks.clinic.web.platform.time.ClinicTime;

/**
 * "Export these as CSV" on the audit screen: the same GET search, every matching record, as a download that no
 * browser or proxy keeps. A servlet rather than a view, because the answer is a file, not a page; the service
 * records the export. A search that cannot be read goes back to the screen, which explains why.
 */
@WebServlet(AuditLogBacking.EXPORT_PATH) // excluded from FacesViews in web.xml; Administrators only, there too
public class AuditExportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private AuditService audit;

    @Inject
    private ClientAddress client;

    @Inject
    private ClinicTime time;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        AuditSearch search = AuditSearch.of(request.getParameter(AuditSearch.ACTOR),
                request.getParameter(AuditSearch.ABOUT), request.getParameter(AuditSearch.ACTION), request.getParameter(AuditSearch.FROM),
                request.getParameter(AuditSearch.TO), null);
        if (!search.isValid()) {
            String asked = request.getQueryString();
            response.sendRedirect(request.getContextPath() + AuditLogBacking.PATH + (asked == null ? "" : "?" + asked));
            return;
        }
        CsvDownload.send(response, "audit-log", time.zone(), audit.exportCsv(search.query(), client.get()));
    }
}
