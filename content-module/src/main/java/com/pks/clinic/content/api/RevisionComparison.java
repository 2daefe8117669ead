package com.pks.clinic.content.api;

import java.util.List;

/**
 * What changed between two revisions of a page, as readable text (words added and removed), never raw HTML. The
 * body's paragraphs, headings and list items each start a new line.
 */
public record RevisionComparison(PageRevision from, PageRevision to, List<TextChange> title,
                                 List<TextChange> metaDescription, List<TextChange> body,
                                 List<TextChange> review) {

    /** Whether anything at all differs. */
    public boolean changed() {
        return List.of(title, metaDescription, body, review).stream()
                .flatMap(List::stream)
                .anyMatch(change -> change.kind() != TextChange.Kind.SAME);
    }
}
