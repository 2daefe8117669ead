package com.pks.clinic.web.platform.security;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Locale;
import java.util.Map;

/**
 * What a request's body may be, decided before the Faces servlet reads it. A file upload is taken by the media
 * library's form alone: the Faces servlet takes multipart requests (of up to 80 MB, spilling to disk) so that the
 * library can receive pictures, and without this every public form would take them too. Any other body may be
 * {@value #MOST_FORM_BYTES} bytes at most, far more than the longest page a form sends: a larger one is refused
 * with 413 and the site's own page, rather than failing in the server's parser. That page is drawn without the
 * refused body (the Faces servlet would read it even for an error page).
 */
@WebFilter(filterName = RequestBodyFilter.NAME, asyncSupported = true) // mapped in web.xml
public class RequestBodyFilter extends HttpFilter {

    static final String NAME = "requestBodies";

    private static final long serialVersionUID = 1L;

    /** The one screen with a file field, and its form's id (the name its posts carry). */
    static final String UPLOAD_PAGE = "/admin/media";
    static final String UPLOAD_FORM = "upload";

    static final long MOST_FORM_BYTES = 1_048_576;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getDispatcherType() == DispatcherType.ERROR) {
            Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
            boolean refused = Integer.valueOf(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE).equals(status)
                    || Integer.valueOf(HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE).equals(status);
            chain.doFilter(refused ? new WithoutBody(request) : request, response);
            return;
        }
        String type = request.getContentType();
        boolean upload = type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/");
        if (!upload && request.getContentLengthLong() > MOST_FORM_BYTES) {
            response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            return;
        }
        boolean uploadPage = UPLOAD_PAGE.equals(SecurityHeaders.pageOf(request));
        // files only to the media library, and its upload form only with files
        if (upload ? !uploadPage : uploadPage && isUploadFormSentPlain(request)) {
            response.sendError(HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE);
            return;
        }
        chain.doFilter(request, response);
    }

    /** The upload form's post without its files' encoding (only a crafted request): its file field could not read it. */
    private static boolean isUploadFormSentPlain(HttpServletRequest request) {
        return "POST".equals(request.getMethod()) && request.getParameter(UPLOAD_FORM) != null;
    }

    /** The request as if it had come without a body: no parameters, nothing to read. */
    private static final class WithoutBody extends HttpServletRequestWrapper {

        WithoutBody(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getParameter(String name) {
            return null;
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return Map.of();
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.emptyEnumeration();
        }

        @Override
        public String[] getParameterValues(String name) {
            return null;
        }
    }
}
