package com.pks.clinic.content.internal.page;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

import com.pks.clinic.content.api.TextChange;
import com.pks.clinic.content.api.TextChange.Kind;

/**
 * Compares two texts word by word, the way an editor reads them: formatted text becomes plain text first, one line
 * per paragraph, heading or list item, with each link's address and each picture written out (its description, or
 * its address when the library describes it), so that a changed link or picture shows too. Words are compared
 * without the space or line break after them: a link that stays is not shown as removed and added again because
 * the words after it changed.
 */
final class TextDifference {

    private static final Pattern WORD = Pattern.compile("\\S+\\s*|\\s+");

    private static final Set<String> BLOCKS = Set.of("h2", "h3", "h4", "p", "li", "blockquote", "dt", "dd",
            "figcaption", "figure", "ul", "ol", "dl", "hr", "br");

    private TextDifference() {
    }

    static List<TextChange> ofText(String before, String after) {
        List<String> from = words(before == null ? "" : before);
        List<String> to = words(after == null ? "" : after);
        List<TextChange> changes = new ArrayList<>();
        int position = 0;
        int target = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(from, to, (a, b) -> a.strip().equals(b.strip()))
                .getDeltas()) {
            add(changes, Kind.SAME, same(from.subList(position, delta.getSource().getPosition()),
                    to.subList(target, delta.getTarget().getPosition())));
            add(changes, Kind.REMOVED, delta.getSource().getLines());
            add(changes, Kind.ADDED, delta.getTarget().getLines());
            position = delta.getSource().getPosition() + delta.getSource().size();
            target = delta.getTarget().getPosition() + delta.getTarget().size();
        }
        add(changes, Kind.SAME, same(from.subList(position, from.size()), to.subList(target, to.size())));
        return changes;
    }

    /**
     * Words both versions have, each with a line break after it where either version has one: a paragraph added
     * (or removed) after the last one then starts on its own line instead of running on from its last word.
     */
    private static List<String> same(List<String> before, List<String> after) {
        List<String> words = new ArrayList<>(before.size());
        for (int i = 0; i < before.size(); i++) {
            words.add(after.get(i).contains("\n") && !before.get(i).contains("\n") ? after.get(i) : before.get(i));
        }
        return words;
    }

    static List<TextChange> ofHtml(String before, String after) {
        return ofText(readable(before), readable(after));
    }

    /** The formatted text as plain lines: "• " before list items, "Link: …" after linked words. */
    static String readable(String html) {
        StringBuilder text = new StringBuilder();
        Jsoup.parseBodyFragment(html == null ? "" : html).body().traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode words) {
                    text.append(words.text());
                } else if (node instanceof Element element) {
                    if (BLOCKS.contains(element.normalName())) {
                        newLine(text);
                    }
                    if (element.normalName().equals("li")) {
                        text.append("• ");
                    }
                    if (element.normalName().equals("img")) {
                        String alt = element.attr("alt");
                        text.append("[picture: ").append(alt.isBlank() ? element.attr("src") : alt).append("]");
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element element && element.normalName().equals("a")) {
                    text.append(" [link: ").append(element.attr("href")).append("]");
                }
            }
        });
        return text.toString().strip();
    }

    private static void newLine(StringBuilder text) {
        int end = text.length();
        while (end > 0 && text.charAt(end - 1) == ' ') {
            end--;
        }
        text.setLength(end);
        if (end > 0 && text.charAt(end - 1) != '\n') {
            text.append('\n');
        }
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        Matcher matcher = WORD.matcher(text);
        while (matcher.find()) {
            words.add(matcher.group());
        }
        return words;
    }

    /** Appends the words, joined to the previous change when it is of the same kind. */
    private static void add(List<TextChange> changes, Kind kind, List<String> words) {
        if (words.isEmpty()) {
            return;
        }
        String joined = String.join("", words);
        int last = changes.size() - 1;
        if (last >= 0 && changes.get(last).kind() == kind) {
            changes.set(last, new TextChange(kind, changes.get(last).text() + joined));
        } else {
            changes.add(new TextChange(kind, joined));
        }
    }
}
