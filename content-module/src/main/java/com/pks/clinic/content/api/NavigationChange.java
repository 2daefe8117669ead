package com.pks.clinic.content.api;

import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A kept state of the whole navigation after a change: one line per page, in menu order ("10 home",
 * "20 about/how-it-works \"How it works\"", "30 privacy [hidden]").
 */
public record NavigationChange(long id, String snapshot, String author, Instant createdAt) {

    private static final Pattern LINE =
            Pattern.compile("(\\d+) (?:([a-z0-9-]+)/)?([a-z0-9-]+)( \\[hidden])?(?: \"(.*)\")?");

    /**
     * One page's place in a kept state.
     *
     * @param parentSlug the page it sat under, or {@code null} at the top level
     * @param label      its label of its own, or {@code null} for its title
     */
    public record Place(int position, String parentSlug, String slug, boolean inMenu, String label) {
    }

    /** The pages' places as the snapshot keeps them. */
    public List<Place> places() {
        return snapshot.lines().map(LINE::matcher).filter(Matcher::matches)
                .map(line -> new Place(Integer.parseInt(line.group(1)), line.group(2), line.group(3),
                        line.group(4) == null, line.group(5)))
                .toList();
    }
}
