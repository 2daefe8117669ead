package com.pks.clinic.web.site.media;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletContext;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import com.pks.clinic.content.api.MediaImage;
import com.pks.clinic.content.api.MediaPaths;
import com.pks.clinic.web.site.PublicContent;

/**
 * Draws the library's pictures on the public site. A page's text refers to a picture by its address only; what the
 * reader gets comes from the library as it is now: the text alternative (or none, for a decorative picture), every
 * size, the width and height, lazy loading, and the caption and credit under it. A picture deleted from the library
 * is left out rather than shown broken.
 */
@Named
@ApplicationScoped
public class Pictures {

    /** How wide a picture in a page's text is drawn: the text's column (44rem), or the whole phone. */
    static final String TEXT_SIZES = "(min-width: 48rem) 44rem, calc(100vw - 2.5rem)";
    /** The variant a browser without srcset gets. */
    private static final int FALLBACK_WIDTH = 1024;

    @Inject
    private PublicContent content;

    @Inject
    private ServletContext servlet;

    /** This sanitized text with its pictures drawn from the library. */
    public String html(String sanitizedHtml) {
        if (sanitizedHtml == null || !sanitizedHtml.contains("<img")) {
            return sanitizedHtml;
        }
        return html(sanitizedHtml, content.current().images(), servlet.getContextPath());
    }

    /** The text with its pictures drawn from these, at addresses after this prefix (the context path). */
    static String html(String sanitizedHtml, Map<Long, MediaImage> images, String prefix) {
        Document text = Jsoup.parseBodyFragment(sanitizedHtml);
        text.outputSettings().prettyPrint(false);
        for (Element img : text.select("img")) {
            Optional<MediaImage> image = MediaPaths.idOf(img.attr("src")).map(images::get);
            if (image.isEmpty()) {
                // a picture's own figure goes with it; a figure that holds more (a quotation) keeps the rest
                Element figure = img.closest("figure");
                img.remove();
                if (figure != null && figure.select("img").isEmpty() && figure.children().stream()
                        .allMatch(child -> "figcaption".equals(child.normalName()))) {
                    figure.remove();
                }
                continue;
            }
            ShownPicture shown = draw(image.get(), TEXT_SIZES, prefix);
            img.clearAttributes().attr("src", shown.src()).attr("srcset", shown.srcset()).attr("sizes", shown.sizes())
                    .attr("width", String.valueOf(shown.width())).attr("height", String.valueOf(shown.height()))
                    .attr("alt", shown.alt()).attr("loading", "lazy").attr("decoding", "async");
            if (!shown.caption().isEmpty() && img.closest("figure") == null) {
                Element figure = img.wrap("<figure class=\"picture\"></figure>").parent();
                figure.appendElement("figcaption").text(shown.caption());
            }
        }
        return text.body().html();
    }

    /** How wide a picture in a text is drawn, for a picture drawn by a view. */
    public String getTextSizes() {
        return TEXT_SIZES;
    }

    /** The picture at this library address drawn at these sizes, or {@code null} when it is not in the library. */
    public ShownPicture picture(String path, String sizes) {
        return MediaPaths.idOf(path).map(content.current().images()::get)
                .map(image -> draw(image, sizes, servlet.getContextPath())).orElse(null);
    }

    private static ShownPicture draw(MediaImage image, String sizes, String prefix) {
        int width = image.widths().stream().filter(w -> w <= FALLBACK_WIDTH).reduce((a, b) -> b)
                .orElse(image.widths().get(0));
        String caption = Stream.of(image.caption(), image.credit()).filter(part -> part != null && !part.isBlank())
                .collect(Collectors.joining(" · "));
        return new ShownPicture(prefix + image.path(width), image.srcset(prefix), sizes, width,
                image.heightAt(width), image.textAlternative(), caption);
    }
}
