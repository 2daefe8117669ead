package com.pks.clinic.web.site;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/**
 * Cuts a page's sanitized text into its sections, each starting at a heading 2 of the text's top level, so that the
 * home page can give each its own band and set the cards of conditions and clinicians between them.
 */
final class TextSections {

    private TextSections() {
    }

    static List<String> of(String html) {
        List<StringBuilder> sections = new ArrayList<>();
        StringBuilder section = new StringBuilder();
        Document text = Jsoup.parseBodyFragment(html == null ? "" : html);
        text.outputSettings().prettyPrint(false); // as stored: the sanitizer's output, re-serialized alike
        for (Node node : text.body().childNodes()) {
            if (node instanceof Element element && element.nameIs("h2") && !section.toString().isBlank()) {
                sections.add(section);
                section = new StringBuilder();
            }
            section.append(node.outerHtml());
        }
        if (!section.toString().isBlank()) {
            sections.add(section);
        }
        return sections.stream().map(StringBuilder::toString).toList();
    }
}
