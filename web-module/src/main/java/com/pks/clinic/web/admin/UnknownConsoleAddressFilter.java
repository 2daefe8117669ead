package com.pks.clinic.web.admin;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.omnifaces.facesviews.FacesViews;

/**
 * An address of the console that names no screen ({@code /admin/team}, {@code /admin/menu/x}) is not found. OmniFaces
 * MultiViews, which gives the public pages their clean addresses, hands it to the screen its first part names (the
 * dashboard, the menu) with the rest as path parameters, which no console screen reads: someone who mistyped would
 * see another screen than they asked for, under the address they typed. Mapped on the Faces servlet (web.xml), so
 * that it runs after MultiViews has read the address.
 */
@WebFilter(filterName = UnknownConsoleAddressFilter.NAME, asyncSupported = true)
public class UnknownConsoleAddressFilter extends HttpFilter {

    static final String NAME = "unknownConsoleAddresses";

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (namesNoScreen(request.getServletPath(), request.getAttribute(FacesViews.FACES_VIEWS_ORIGINAL_PATH_INFO))) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        chain.doFilter(request, response);
    }

    /** Whether a console view was reached with more of the address after it than its own. */
    static boolean namesNoScreen(String view, Object pathParameters) {
        return view.startsWith("/admin/") && pathParameters != null && !"/".equals(pathParameters);
    }
}
