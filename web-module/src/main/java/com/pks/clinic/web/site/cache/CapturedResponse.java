package com.pks.clinic.web.site.cache;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A response as the page rendered it: its headers are set on the real response as they come (and remembered), its
 * body is held until the page is done, so that it can be kept, or passed on unchanged when it may not be.
 */
final class CapturedResponse extends HttpServletResponseWrapper {

    private final ByteArrayOutputStream body = new ByteArrayOutputStream(16 * 1024);
    private final Map<String, String> headers = new LinkedHashMap<>();
    private int status = SC_OK;
    private boolean cookieSet;
    private ServletOutputStream stream;
    private PrintWriter writer;

    CapturedResponse(HttpServletResponse response) {
        super(response);
    }

    @Override
    public void setHeader(String name, String value) {
        super.setHeader(name, value);
        remember(name, value);
    }

    @Override
    public void addHeader(String name, String value) {
        super.addHeader(name, value);
        if (value != null) {
            remember(name, headers.containsKey(name) ? headers.get(name) + ", " + value : value);
        }
    }

    @Override
    public void setDateHeader(String name, long date) {
        super.setDateHeader(name, date);
        remember(name, httpDate(date));
    }

    @Override
    public void addDateHeader(String name, long date) {
        addHeader(name, httpDate(date));
    }

    @Override
    public void setIntHeader(String name, int value) {
        setHeader(name, String.valueOf(value));
    }

    @Override
    public void addIntHeader(String name, int value) {
        addHeader(name, String.valueOf(value));
    }

    private static String httpDate(long date) {
        return DateTimeFormatter.RFC_1123_DATE_TIME.format(Instant.ofEpochMilli(date).atZone(ZoneOffset.UTC));
    }

    @Override
    public void setContentType(String type) {
        super.setContentType(type);
        remember("Content-Type", getContentType());
    }

    @Override
    public void setStatus(int code) {
        super.setStatus(code);
        status = code;
    }

    @Override
    public void sendError(int code, String message) throws IOException {
        status = code;
        super.sendError(code, message);
    }

    @Override
    public void sendError(int code) throws IOException {
        status = code;
        super.sendError(code);
    }

    @Override
    public void sendRedirect(String location) throws IOException {
        status = SC_FOUND;
        super.sendRedirect(location);
    }

    @Override
    public void addCookie(Cookie cookie) {
        cookieSet = true;
        super.addCookie(cookie);
    }

    @Override
    public void setContentLength(int length) {
        // the length is known once the body is complete
    }

    @Override
    public void setContentLengthLong(long length) {
        // the same
    }

    @Override
    public ServletOutputStream getOutputStream() {
        if (stream == null) {
            stream = new ServletOutputStream() {
                @Override
                public void write(int b) {
                    body.write(b);
                }

                @Override
                public void write(byte[] bytes, int offset, int length) {
                    body.write(bytes, offset, length);
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setWriteListener(WriteListener listener) {
                    throw new UnsupportedOperationException("a page is rendered in one go");
                }
            };
        }
        return stream;
    }

    @Override
    public PrintWriter getWriter() {
        if (writer == null) {
            writer = new PrintWriter(new OutputStreamWriter(getOutputStream(), Charset.forName(getCharacterEncoding())));
        }
        return writer;
    }

    @Override
    public void flushBuffer() {
        flushWriter(); // nothing leaves before the page is complete
    }

    @Override
    public void resetBuffer() {
        flushWriter(); // what the writer still holds goes too
        body.reset();
    }

    @Override
    public void reset() {
        super.reset();
        flushWriter();
        body.reset();
        headers.clear();
        status = SC_OK;
    }

    /** Remembers the header's value; {@code null} removes it, as on the response. */
    private void remember(String name, String value) {
        headers.keySet().removeIf(name::equalsIgnoreCase);
        if (value != null) {
            headers.put(name, value);
        }
    }

    private void flushWriter() {
        if (writer != null) {
            writer.flush();
        }
    }

    /** The body as rendered. */
    byte[] body() {
        flushWriter();
        return body.toByteArray();
    }

    Map<String, String> headers() {
        return headers;
    }

    int status() {
        return status;
    }

    boolean cookieSet() {
        return cookieSet || getHeaders("Set-Cookie").iterator().hasNext();
    }

    /** Passes the page on unchanged: what may not be kept goes out as it was rendered. */
    void passOn() throws IOException {
        byte[] rendered = body();
        if (rendered.length > 0) {
            if (!isCommitted()) {
                getResponse().setContentLength(rendered.length);
            }
            getResponse().getOutputStream().write(rendered);
        }
    }
}
