package com.pks.clinic.web.admin;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

/**
 * What the console's GET search forms (the audit log, the inquiries) share: a From and a To day as the date picker
 * or a person writes them, a page number that never fails, a message in plain words for each field that cannot be
 * read (never an error page), what was typed kept for the form, and links that page through the same search.
 */
public abstract class DatedSearch {

    public static final String FROM = "from";
    public static final String TO = "to";
    public static final String PAGE = "page";

    /** What a browser without a date picker may get typed: 12/1/2026. */
    private static final DateTimeFormatter US_DATE = DateTimeFormatter.ofPattern("M/d/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final int MAX_PAGE = 1_000_000;

    /** Each field's problem, by field name. */
    protected final Map<String, String> problems = new LinkedHashMap<>();
    private final String fromText;
    private final String toText;
    private final LocalDate from;
    private final LocalDate to;
    private final int page;

    protected DatedSearch(String from, String to, String page) {
        this.fromText = clean(from);
        this.toText = clean(to);
        this.from = date(FROM, fromText, "From");
        this.to = date(TO, toText, "To");
        this.page = pageNumber(clean(page));
        if (this.from != null && this.to != null && this.to.isBefore(this.from)) {
            problems.put(TO, "The last day is before the first day. Please swap the two dates, or choose others.");
        }
    }

    public boolean isValid() {
        return problems.isEmpty();
    }

    /** The page asked for, counting from 1. */
    public int page() {
        return page;
    }

    protected LocalDate from() {
        return from;
    }

    protected LocalDate to() {
        return to;
    }

    /** What each field's problem is, by field name. */
    public Map<String, String> getProblems() {
        return problems;
    }

    public String error(String field) {
        return problems.get(field);
    }

    public boolean invalid(String field) {
        return problems.containsKey(field);
    }

    /** The first day as typed, or as the date picker writes it when it could be read. */
    public String getFrom() {
        return from == null ? fromText : from.toString();
    }

    public String getTo() {
        return to == null ? toText : to.toString();
    }

    /**
     * The address of this search at another page, such as {@code /admin/audit?actor=kay&page=2}: the screen's own
     * filters that are set, the days as {@code 2026-12-01}; page 1 is left out.
     */
    protected String link(String path, int page, Map<String, String> filters) {
        StringJoiner query = new StringJoiner("&", "?", "").setEmptyValue("");
        filters.forEach((name, value) -> add(query, name, value));
        add(query, FROM, from == null ? null : from.toString());
        add(query, TO, to == null ? null : to.toString());
        add(query, PAGE, page > 1 ? String.valueOf(page) : null);
        return path + query;
    }

    /** Blank is "not given". */
    protected static String clean(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private LocalDate date(String field, String text, String label) {
        if (text == null) {
            return null;
        }
        LocalDate date = parse(text);
        if (date == null || date.getYear() < 1900 || date.getYear() > 9999) {
            String shown = text.length() > 40 ? text.substring(0, 40) + "\u2026" : text;
            problems.put(field, "The " + label + " date (" + shown + ") is not a date we can read. Please pick it in "
                    + "the calendar, or write it like 2026-12-01.");
            return null;
        }
        return date;
    }

    private static LocalDate parse(String text) {
        for (DateTimeFormatter format : new DateTimeFormatter[] {DateTimeFormatter.ISO_LOCAL_DATE, US_DATE}) {
            try {
                return LocalDate.parse(text, format);
            } catch (DateTimeParseException tryTheNext) {
                // one format left, or none
            }
        }
        return null;
    }

    /** A missing, unreadable or nonsensical page number is the first page: nothing to explain. */
    private static int pageNumber(String text) {
        try {
            int number = text == null ? 1 : Integer.parseInt(text);
            return number < 1 ? 1 : Math.min(number, MAX_PAGE);
        } catch (NumberFormatException notANumber) {
            return 1;
        }
    }

    private static void add(StringJoiner query, String name, String value) {
        if (value != null) {
            query.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
    }
}
