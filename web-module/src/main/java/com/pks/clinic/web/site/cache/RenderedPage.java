package com.pks.clinic.web.site.cache;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

/**
 * One page as every anonymous reader gets it: the headers its rendering set, its body, and the body compressed once.
 *
 * @param changes the count of published changes it was rendered under ({@code PublicContent}): any later change
 *                makes it stale
 */
record RenderedPage(long changes, Map<String, String> headers, byte[] body, byte[] gzipped) {

    static RenderedPage of(CapturedResponse rendered, long changes) {
        byte[] body = rendered.body();
        return new RenderedPage(changes, Map.copyOf(rendered.headers()), body, gzip(body));
    }

    /** Answers the request from memory: 304 when the browser's copy is current, else the body it can read. */
    void writeTo(HttpServletRequest request, HttpServletResponse response) throws IOException {
        headers.forEach(response::setHeader);
        response.setHeader("Vary", "Accept-Encoding");
        String etag = headers.get("ETag");
        String held = request.getHeader("If-None-Match");
        if (etag != null && held != null && (held.equals(etag) || held.equals("W/" + etag))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        boolean compressed = acceptsGzip(request);
        byte[] sent = compressed ? gzipped : body;
        if (compressed) {
            // set here, the listener leaves the body as it is rather than compressing it again
            response.setHeader("Content-Encoding", "gzip");
        }
        response.setContentLength(sent.length);
        response.getOutputStream().write(sent);
    }

    static boolean acceptsGzip(HttpServletRequest request) {
        String accepted = request.getHeader("Accept-Encoding");
        return accepted != null && accepted.toLowerCase(Locale.ROOT).matches(".*\\bgzip\\b(?!;\\s*q=0(\\.0*)?\\b).*");
    }

    private static byte[] gzip(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 3 + 64);
        try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
            zip.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException("compressing in memory", e);
        }
        return out.toByteArray();
    }
}
