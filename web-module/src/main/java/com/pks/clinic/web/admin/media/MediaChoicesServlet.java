package com.pks.clinic.web.admin.media;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

import com.pks.clinic.content.api.MediaImage;
import com.pks.clinic.content.api.MediaService;

/**
 * {@code /admin/media/choices}: the media library's pictures as the text editor's picture button lists them
 * ({@code picture-chooser.js}), newest first: the name, the address a page's text refers to, the smallest variant
 * as a thumbnail, and the text alternative in words. Behind the console's sign-in like every console address.
 */
@WebServlet("/admin/media/choices")
public class MediaChoicesServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private MediaService media;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        JsonArrayBuilder choices = Json.createArrayBuilder();
        for (MediaImage picture : media.library(null)) {
            String description = picture.decorative() ? "Decorative (screen readers skip it)"
                    : picture.described() ? "Text alternative: " + picture.alt() : "No text alternative yet";
            choices.add(Json.createObjectBuilder().add("name", picture.name()).add("path", picture.path())
                    .add("thumbnail", request.getContextPath() + picture.path(picture.widths().get(0)))
                    .add("description", description).add("ready", picture.described()));
        }
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(choices.build().toString());
    }
}
