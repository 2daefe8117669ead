package com.pks.clinic.web.site.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import com.pks.clinic.content.api.MediaImage;

class PicturesTest {

    private static final MediaImage ROOM = new MediaImage(4, "room.jpg", "image/jpeg", 1600, 1200, "abcdefabcdef",
            List.of(320, 640, 1024, 1600), "The clinic's quiet treatment room", false, "The treatment room",
            "Photo: the clinic", Instant.EPOCH, "editor", 1);

    @Test
    void aPictureIsDrawnFromTheLibraryWithEverySizeItsTextAlternativeAndCaption() {
        String html = Pictures.html("<p>Our room:</p><img src=\"/media/4/abcdefabcdef/1600.jpg\" alt=\"typed\">",
                Map.of(4L, ROOM), "");
        Element img = Jsoup.parse(html).selectFirst("figure.picture > img");
        assertEquals("/media/4/abcdefabcdef/1024.jpg", img.attr("src"));
        assertEquals("The clinic's quiet treatment room", img.attr("alt"), "the library's words, not the text's");
        assertTrue(img.attr("srcset").contains("/media/4/abcdefabcdef/320.jpg 320w"), img.attr("srcset"));
        assertEquals("1024", img.attr("width"));
        assertEquals("768", img.attr("height"));
        assertEquals("lazy", img.attr("loading"));
        assertEquals("The treatment room · Photo: the clinic", Jsoup.parse(html).selectFirst("figcaption").text());
    }

    @Test
    void aDeletedPictureIsLeftOutAndAQuotationStays() {
        String html = Pictures.html("<figure><img src=\"/media/9/abcdefabcdef/320.jpg\"><figcaption>Gone</figcaption>"
                + "</figure><figure><blockquote><p>A quotation</p></blockquote><figcaption>Its source</figcaption>"
                + "</figure><p><img src=\"/media/9/abcdefabcdef/320.jpg\"></p>", Map.of(), "");
        assertFalse(html.contains("img") || html.contains("Gone"), html);
        assertTrue(html.contains("<blockquote><p>A quotation</p></blockquote><figcaption>Its source</figcaption>"),
                html);
    }
}
