package com.pks.clinic.web.admin.lists;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import com.pks.clinic.content.api.Collection;

/**
 * How the console presents each of the site's lists: its names, what it is for, and which fields its entries have,
 * with their labels and hints in the words of the clinic. A field without a label is not part of that list.
 */
public enum ListScreen {

    TEAM(Collection.TEAM, "Team", "team member", "The clinicians on the team page and on the home page, in this "
            + "order. Each has a photo from the media library, credentials and a short biography.",
            field("Name", "As patients will read it, such as “Kay Jennings”."),
            field("Credentials", "The letters after the name, such as “MD, FAPA”. The team page explains the "
                    + "common ones in words."),
            field("Role", "Such as “Psychiatrist” or “Psychiatric nurse practitioner”."),
            null,
            field("Biography", "A few short paragraphs: experience, approach, why they do this work."),
            field("Photo", "Choose a picture from the media library. Without one, the team page shows the "
                    + "initials."),
            null),
    FAQ(Collection.FAQ, "Questions", "question", "The questions and answers on the questions page, in groups, in "
            + "this order.",
            field("Question", "As a patient would ask it, such as “Does insurance cover it?”."),
            null,
            field("Group", "Questions with the same group are shown together under it, such as “Costs”."),
            null,
            field("Answer", "Plain words; link to a page for the details."),
            null,
            null),
    CONDITION(Collection.CONDITION, "Conditions", "condition", "The conditions the clinic treats. Each has a page "
            + "of its own, which people find by searching, for example, “ketamine for PTSD”.",
            field("Name", "Such as “Post-traumatic stress disorder (PTSD)”. Its page is titled “Ketamine "
                    + "treatment for …”."),
            null,
            null,
            field("Summary", "One or two sentences for the list of conditions and for search results."),
            field("Text of its page", "What the condition is, how ketamine treatment may help, and what to expect."),
            null,
            null),
    ARTICLE(Collection.ARTICLE, "Articles", "article", "News from the clinic and summaries of research, newest "
            + "first on the news page, in the sitemap and in the site's feed.",
            field("Title", "Such as “The clinic is open on Saturdays from January”."),
            null,
            field("Author", "Who wrote it, such as “Kay Jennings, PMHNP-BC”. Optional."),
            field("Summary", "One or two sentences shown in the list of articles and in search results."),
            field("Article text", "Use headings for long articles. Say where facts come from."),
            field("Picture", "Optional: a picture from the media library, shown at the top."),
            field("Date", "The day the article is about or was written; the news page lists newest first."));

    private final Collection collection;
    private final String plural;
    private final String singular;
    private final String intro;
    private final Field title;
    private final Field subtitle;
    private final Field label;
    private final Field summary;
    private final Field body;
    private final Field image;
    private final Field date;

    /** One field of a list's entries as the console labels it. */
    public record Field(String label, String hint) {
    }

    ListScreen(Collection collection, String plural, String singular, String intro, Field title, Field subtitle,
               Field label, Field summary, Field body, Field image, Field date) {
        this.collection = collection;
        this.plural = plural;
        this.singular = singular;
        this.intro = intro;
        this.title = title;
        this.subtitle = subtitle;
        this.label = label;
        this.summary = summary;
        this.body = body;
        this.image = image;
        this.date = date;
    }

    private static Field field(String label, String hint) {
        return new Field(label, hint);
    }

    /** The screen of the list named in an address ({@code ?list=team}), if there is one. */
    public static Optional<ListScreen> named(String name) {
        return Arrays.stream(values()).filter(screen -> screen.getName().equals(name)).findFirst();
    }

    public static ListScreen of(Collection collection) {
        return Arrays.stream(values()).filter(screen -> screen.collection == collection).findFirst().orElseThrow();
    }

    /** The list's name in addresses: {@code team}, {@code faq}, {@code condition}, {@code article}. */
    public String getName() {
        return collection.name().toLowerCase(Locale.ROOT);
    }

    /** Whether each entry has a public page of its own (under the page that lists them). */
    public boolean isOwnPages() {
        return collection == Collection.CONDITION || collection == Collection.ARTICLE;
    }

    public Collection getCollection() {
        return collection;
    }

    public String getPlural() {
        return plural;
    }

    public String getSingular() {
        return singular;
    }

    /** The singular after "a" or "an", as in "Add an article". */
    public String getSingularWithArticle() {
        return ("aeiou".indexOf(singular.charAt(0)) >= 0 ? "an " : "a ") + singular;
    }

    /** The singular with its first letter in capitals, to start a sentence or a label. */
    public String getSingularCapitalised() {
        return Character.toUpperCase(singular.charAt(0)) + singular.substring(1);
    }

    public String getIntro() {
        return intro;
    }

    public Field getTitle() {
        return title;
    }

    public Field getSubtitle() {
        return subtitle;
    }

    public Field getLabel() {
        return label;
    }

    public Field getSummary() {
        return summary;
    }

    public Field getBody() {
        return body;
    }

    public Field getImage() {
        return image;
    }

    public Field getDate() {
        return date;
    }
}
