package com.pks.clinic.content.internal.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

import com.pks.clinic.content.api.TextChange;
import com.pks.clinic.content.api.TextChange.Kind;

class TextDifferenceTest {

    @Test
    void wordsAddedAndRemovedAreMarkedAndTheRestStays() {
        List<TextChange> changes = TextDifference.ofText("Call us today for help.", "Call us now for help.");
        assertEquals(List.of(new TextChange(Kind.SAME, "Call us "), new TextChange(Kind.REMOVED, "today "),
                new TextChange(Kind.ADDED, "now "), new TextChange(Kind.SAME, "for help.")), changes);
    }

    @Test
    void formattedTextIsComparedAsLinesOfWordsWithLinksWrittenOut() {
        String readable = TextDifference.readable("<h2>Costs</h2><p>See <a href=\"/cost\">prices</a>.</p>"
                + "<ul><li>One</li><li>Two</li></ul><p><img src=\"/m/1.jpg\" alt=\"A calm room\"></p>");
        assertEquals("Costs\nSee prices [link: /cost].\n• One\n• Two\n[picture: A calm room]", readable);

        List<TextChange> changes = TextDifference.ofHtml("<p>See <a href=\"/cost\">prices</a>.</p>",
                "<p>See <a href=\"/cost-and-insurance\">prices</a>.</p>");
        assertTrue(changes.stream().anyMatch(c -> c.removed() && c.text().contains("/cost]")), changes.toString());
        assertTrue(changes.stream().anyMatch(c -> c.added() && c.text().contains("/cost-and-insurance]")));
        assertFalse(changes.stream().anyMatch(c -> c.text().contains("<a")), "words, never markup");
    }

    @Test
    void aLinkThatStaysIsNotShownAsChangedWhenWordsAreAddedAfterIt() {
        List<TextChange> changes = TextDifference.ofHtml("<p>See <a href=\"/costs\">prices</a></p><p>Call us.</p>",
                "<p>See <a href=\"/costs\">prices</a> and ask us</p><p>Call us.</p>");
        assertEquals(List.of(new TextChange(Kind.SAME, "See prices [link: /costs]\n"),
                new TextChange(Kind.ADDED, "and ask us\n"), new TextChange(Kind.SAME, "Call us.")), changes);
    }

    @Test
    void aParagraphAddedOrRemovedAtTheEndStartsOnItsOwnLine() {
        assertEquals(List.of(new TextChange(Kind.SAME, "Every situation differs.\n"),
                        new TextChange(Kind.ADDED, "Call us first.")),
                TextDifference.ofHtml("<p>Every situation differs.</p>",
                        "<p>Every situation differs.</p><p>Call us first.</p>"));
        assertEquals(List.of(new TextChange(Kind.SAME, "Every situation differs.\n"),
                        new TextChange(Kind.REMOVED, "Call us first.")),
                TextDifference.ofHtml("<p>Every situation differs.</p><p>Call us first.</p>",
                        "<p>Every situation differs.</p>"));
    }

    @Test
    void aPictureTheLibraryDescribesIsNamedByItsAddress() {
        List<TextChange> changes = TextDifference.ofHtml("<p><img src=\"/media/3/a1/480.jpg\"></p>",
                "<p><img src=\"/media/4/b2/480.jpg\"></p>");
        assertTrue(changes.stream().anyMatch(c -> c.removed() && c.text().contains("/media/3/")), changes.toString());
        assertTrue(changes.stream().anyMatch(c -> c.added() && c.text().contains("/media/4/")), changes.toString());
    }

    @Test
    void theSameTextHasNoChangesAndEmptyTextIsFine() {
        assertTrue(TextDifference.ofHtml("<p>Same</p>", "<p>Same</p>").stream().allMatch(c -> c.kind() == Kind.SAME));
        assertEquals(List.of(new TextChange(Kind.ADDED, "New")), TextDifference.ofText(null, "New"));
    }
}
