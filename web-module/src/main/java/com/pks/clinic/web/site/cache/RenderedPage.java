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

    /**
     * Answers the request from memory: 304 when the browser's copy is current, else the body it can read. The
     * compressed copy has an ETag of its own (a strong validator names one representation).
     */
    void writeTo(HttpServletRequest request, HttpServletResponse response) throws IOException {
        headers.forEach(response::setHeader);
        response.setHeader("Vary", "Accept-Encoding");
        boolean compressed = acceptsGzip(request.getHeader("Accept-Encoding"));
        String etag = headers.get("ETag");
        if (etag != null && compressed) {
            etag = etag.endsWith("\"") ? etag.substring(0, etag.length() - 1) + "-gzip\"" : etag + "-gzip";
            response.setHeader("ETag", etag);
        }
        String held = request.getHeader("If-None-Match");
        if (etag != null && held != null && (held.equals(etag) || held.equals("W/" + etag))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        byte[] sent = compressed ? gzipped : body;
        if (compressed) {
            // set here, the listener leaves the body as it is rather than compressing it again
            response.setHeader("Content-Encoding", "gzip");
        }
        response.setContentLength(sent.length);
        response.setBufferSize(sent.length); // one write to the connection rather than one per 8 KB
        response.getOutputStream().write(sent);
    }

    /** Whether an Accept-Encoding header takes gzip: named, or else as *, with a q-value above 0. */
    static boolean acceptsGzip(String accepted) {
        Double gzip = null;
        Double any = null;
        for (String coding : accepted == null ? new String[0] : accepted.split(",")) {
            String[] parts = coding.split(";");
            String name = parts[0].strip().toLowerCase(Locale.ROOT);
            if (name.equals("gzip") || name.equals("x-gzip")) {
                gzip = quality(parts);
            } else if (name.equals("*")) {
                any = quality(parts);
            }
        }
        Double taken = gzip != null ? gzip : any;
        return taken != null && taken > 0;
    }

    private static double quality(String[] parts) {
        for (int i = 1; i < parts.length; i++) {
            String parameter = parts[i].strip().toLowerCase(Locale.ROOT);
            if (parameter.startsWith("q=")) {
                try {
                    return Double.parseDouble(parameter.substring(2));
                } catch (NumberFormatException malformed) {
                    return 0;
                }
            }
        }
        return 1;
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
