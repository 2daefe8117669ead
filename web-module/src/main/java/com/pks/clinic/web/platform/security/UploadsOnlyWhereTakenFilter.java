package com.pks.clinic.web.platform.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;

/**
 * Refuses a file upload anywhere but the media library's form. The Faces servlet takes multipart requests (of up to
 * 80 MB, spilling to disk) so that the library can receive pictures; without this, every public form would take
 * them too.
 */
@WebFilter(filterName = UploadsOnlyWhereTakenFilter.NAME, asyncSupported = true) // mapped in web.xml
public class UploadsOnlyWhereTakenFilter extends HttpFilter {

    static final String NAME = "uploadsOnlyWhereTaken";

    private static final long serialVersionUID = 1L;

    /** The one screen with a file field. */
    static final String UPLOAD_PAGE = "/admin/media";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String type = request.getContentType();
        if (type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/")
                && !UPLOAD_PAGE.equals(SecurityHeadersFilter.pageOf(request))) {
            response.sendError(HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE);
            return;
        }
        chain.doFilter(request, response);
    }
}
