package com.pks.clinic.web.site.media;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

import com.pks.clinic.content.api.MediaFile;
import com.pks.clinic.content.api.MediaPaths;
import com.pks.clinic.content.api.MediaService;

/**
 * {@code /media/<id>/<fingerprint>/<width>.jpg}: the library's pictures. A picture's files never change, and the
 * fingerprint in the address says which they are, so browsers keep them for a year and the server keeps the most
 * asked-for ones in memory ({@link MediaMemory}). Anything else under {@code /media/} is not found.
 */
@WebServlet("/media/*")
public class MediaServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private MediaService media;

    @Inject
    private MediaMemory memory;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Optional<MediaFile> file = MediaPaths.parse(path).flatMap(asked -> memory.get(path, () ->
                media.file(asked.id(), asked.width()).filter(found -> found.fingerprint().equals(asked.fingerprint())
                        && path.equals(MediaPaths.of(asked.id(), found.fingerprint(), found.width(),
                        found.contentType())))));
        if (file.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String etag = "\"" + file.get().fingerprint() + "-" + file.get().width() + "\"";
        response.setHeader("Cache-Control", "public, max-age=31536000, immutable");
        response.setHeader("ETag", etag);
        if (etag.equals(request.getHeader("If-None-Match"))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setContentType(file.get().contentType());
        response.setContentLength(file.get().bytes().length);
        response.getOutputStream().write(file.get().bytes()); // a HEAD request's body is dropped by HttpServlet
    }
}
