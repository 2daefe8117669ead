package com.pks.clinic.web.admin.signin;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * "Stay signed in" on the idle warning: one request that a person asked for, which touches the console session.
 * Nothing calls it by itself, so an open screen never keeps a session alive.
 */
@WebServlet("/admin/keep-alive")
public class KeepAliveServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_NO_CONTENT);
    }
}
