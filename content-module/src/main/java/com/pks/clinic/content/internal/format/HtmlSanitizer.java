package com.pks.clinic.content.internal.format;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Safelist;

/**
 * Keeps the formatting an editor may use (headings, paragraphs, lists, emphasis, links, quotations, images with
 * alt text) and removes everything else, so that stored text is safe to render unescaped. Images come only from the
 * site itself ({@code /…}): another site's image would tell that site who reads the page, and the public policy
 * would refuse to show it anyway.
 */
public final class HtmlSanitizer {

    private static final Safelist ALLOWED = new Safelist()
            .addTags("h2", "h3", "h4", "p", "br", "hr", "ul", "ol", "li", "dl", "dt", "dd", "strong", "em", "b", "i",
                    "small", "sub", "sup", "abbr", "code", "blockquote", "q", "cite", "figure", "figcaption", "a",
                    "img")
            .addAttributes("a", "href", "title")
            .addAttributes("abbr", "title")
            .addAttributes("blockquote", "cite")
            .addAttributes("q", "cite")
            .addAttributes("img", "src", "alt", "width", "height")
            .addProtocols("a", "href", "https", "http", "mailto", "tel", "sms")
            .addProtocols("blockquote", "cite", "https", "http")
            .addProtocols("q", "cite", "https", "http")
            .addProtocols("img", "src", "https", "http")
            .preserveRelativeLinks(true);

    private static final Document.OutputSettings COMPACT = new Document.OutputSettings().prettyPrint(false);

    private HtmlSanitizer() {
    }

    /** The same text with only the allowed markup left. */
    public static String sanitize(String html) {
        Document clean = Jsoup.parseBodyFragment(Jsoup.clean(html, "https://localhost/", ALLOWED, COMPACT));
        clean.select("img").stream().filter(image -> !isOwn(image.attr("src"))).forEach(Element::remove);
        clean.outputSettings(COMPACT);
        return clean.body().html();
    }

    private static boolean isOwn(String src) {
        return src.startsWith("/") && !src.startsWith("//");
    }
}
