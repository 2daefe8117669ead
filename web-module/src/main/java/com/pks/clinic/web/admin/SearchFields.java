package com.pks.clinic.web.admin;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Map;
import java.util.StringJoiner;

/**
 * What the console's GET search forms (the audit log, the inquiries) share: typed text read leniently, dates as the
 * date picker or a person writes them, a page number that never fails, and links that keep the search. A field
 * that cannot be read gets a message in plain words, never an error page.
 */
public final class SearchFields {

    /** What a browser without a date picker may get typed: 12/1/2026. */
    private static final DateTimeFormatter US_DATE = DateTimeFormatter.ofPattern("M/d/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final int MAX_PAGE = 1_000_000;

    private SearchFields() {
    }

    /** Blank is "not given". */
    public static String clean(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** The date typed in a field, or {@code null}; a date that cannot be read adds its problem under the field. */
    public static LocalDate date(Map<String, String> problems, String field, String text, String label) {
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

    /** A missing, unreadable or nonsensical page number is the first page: nothing to explain. */
    public static int pageNumber(String text) {
        try {
            int number = text == null ? 1 : Integer.parseInt(text);
            return number < 1 ? 1 : Math.min(number, MAX_PAGE);
        } catch (NumberFormatException notANumber) {
            return 1;
        }
    }

    /** Adds {@code name=value} to a link's query when the value is set. */
    public static void add(StringJoiner query, String name, String value) {
        if (value != null) {
            query.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
    }

    /** A query string joiner that writes nothing when nothing is added. */
    public static StringJoiner query() {
        return new StringJoiner("&", "?", "").setEmptyValue("");
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
}
