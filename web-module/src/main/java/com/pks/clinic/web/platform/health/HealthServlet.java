package com.pks.clinic.web.platform.health;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

import com.pks.clinic.web.platform.database.ClinicDatabase;
import com.pks.clinic.web.platform.database.DataDisk;

/**
 * Answers {@code {"status":"UP"}}, or {@code {"status":"DOWN"}} with 503 when the database cannot be used or its
 * disk cannot take new data (full or read-only).
 * Deliberately says nothing more: an anonymous caller learns neither versions nor the names of our parts.
 */
@WebServlet("/health")
public class HealthServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private ClinicDatabase database;

    @Inject
    private DataDisk disk;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        boolean up = database.isAvailable() && disk.isWritable();
        response.setStatus(up ? HttpServletResponse.SC_OK : HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(up ? "{\"status\":\"UP\"}" : "{\"status\":\"DOWN\"}");
    }
}
