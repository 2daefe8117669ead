package com.pks.clinic.web.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextSectionsTest {

    @Test
    void eachTopLevelHeading2StartsASection() {
        List<String> sections = TextSections.of("<p>Intro</p><h2>Quotes</h2><figure><blockquote><h2>inner</h2>"
                + "</blockquote></figure><h2>Steps</h2><ol><li>Call</li></ol>");
        assertEquals(3, sections.size(), sections.toString());
        assertTrue(sections.get(0).contains("Intro"));
        assertTrue(sections.get(1).startsWith("<h2>Quotes</h2>") && sections.get(1).contains("inner</h2>"),
                "a heading inside a quotation does not cut it: " + sections.get(1));
        assertTrue(sections.get(2).startsWith("<h2>Steps</h2>") && sections.get(2).contains("<li>Call</li>"));
    }

    @Test
    void aTextThatStartsWithAHeadingOrIsEmptyHasNoEmptySection() {
        assertEquals(List.of("<h2>Only</h2>"), TextSections.of("<h2>Only</h2>"));
        assertEquals(List.of(), TextSections.of(""));
        assertEquals(List.of(), TextSections.of(null));
    }
}
