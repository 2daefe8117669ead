package com.pks.clinic.web.admin.backups;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

import com.pks.clinic.admin.api.BackupService;

/**
 * {@code /admin/backups/under-way} (Administrators): whether a backup is being made at this moment, as
 * {@code {"underWay":true}}, for the backups screen to ask every few seconds ({@code backup-progress.js}). A few
 * bytes rather than the screen itself: each fetch of a Faces screen would take one of the session's few saved
 * screens from the person's other tabs.
 */
@WebServlet("/admin/backups/under-way")
public class BackupUnderWayServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private BackupService backups;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(Json.createObjectBuilder().add("underWay", backups.underWay().isPresent())
                .build().toString());
    }
}
