package com.pks.clinic.web.admin;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code /admin} without its slash leads to the dashboard. Answered here (through the sign-in and the filters)
 * rather than by the container's own redirect to the folder, which comes before both and so without the security
 * headers.
 */
@WebServlet("/admin")
public class ConsoleEntranceServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
        response.setHeader("Location", request.getContextPath() + "/admin/");
    }
}
