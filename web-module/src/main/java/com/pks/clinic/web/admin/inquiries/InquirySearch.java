package com.pks.clinic.web.admin.inquiries;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

import com.pks.clinic.inquiry.api.InquiryFilter;
import com.pks.clinic.inquiry.api.InquiryKind;
import com.pks.clinic.inquiry.api.InquiryStatus;
import com.pks.clinic.web.admin.SearchFields;

/**
 * What the inbox's GET form asked for ({@code ?status=&kind=&urgent=true&from=&to=&page=}), read once for the screen
 * and for the CSV download. The days are the clinic's: "from" its first moment, "to" up to the next day's.
 */
public final class InquirySearch {

    public static final String STATUS = "status";
    public static final String KIND = "kind";
    public static final String URGENT = "urgent";
    public static final String FROM = "from";
    public static final String TO = "to";
    public static final String PAGE = "page";

    private final InquiryStatus status;
    private final InquiryKind kind;
    private final boolean urgentOnly;
    private final String fromText;
    private final String toText;
    private final LocalDate from;
    private final LocalDate to;
    private final int page;
    private final Map<String, String> problems = new LinkedHashMap<>();

    private InquirySearch(String status, String kind, String urgent, String from, String to, String page) {
        this.status = choice(InquiryStatus.class, SearchFields.clean(status), STATUS);
        this.kind = choice(InquiryKind.class, SearchFields.clean(kind), KIND);
        this.urgentOnly = "true".equals(SearchFields.clean(urgent));
        this.fromText = SearchFields.clean(from);
        this.toText = SearchFields.clean(to);
        this.from = SearchFields.date(problems, FROM, fromText, "From");
        this.to = SearchFields.date(problems, TO, toText, "To");
        this.page = SearchFields.pageNumber(SearchFields.clean(page));
        if (this.from != null && this.to != null && this.to.isBefore(this.from)) {
            problems.put(TO, "The To date is before the From date. Please swap them, or choose other dates.");
        }
    }

    public static InquirySearch of(String status, String kind, String urgent, String from, String to, String page) {
        return new InquirySearch(status, kind, urgent, from, to, page);
    }

    public boolean isValid() {
        return problems.isEmpty();
    }

    /** The filter for the service, the days taken in the clinic's time zone; only when {@link #isValid()}. */
    public InquiryFilter filter(ZoneId zone) {
        return new InquiryFilter(status, kind, urgentOnly, from == null ? null : from.atStartOfDay(zone).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(zone).toInstant());
    }

    /** The page asked for, counting from 1. */
    public int page() {
        return page;
    }

    /** This search at another page; page 1 is left out. */
    public String link(String path, int page) {
        StringJoiner query = SearchFields.query();
        SearchFields.add(query, STATUS, status == null ? null : status.name());
        SearchFields.add(query, KIND, kind == null ? null : kind.name());
        SearchFields.add(query, URGENT, urgentOnly ? "true" : null);
        SearchFields.add(query, FROM, from == null ? null : from.toString());
        SearchFields.add(query, TO, to == null ? null : to.toString());
        SearchFields.add(query, PAGE, page > 1 ? String.valueOf(page) : null);
        return path + query;
    }

    public Map<String, String> getProblems() {
        return problems;
    }

    public String error(String field) {
        return problems.get(field);
    }

    public boolean invalid(String field) {
        return problems.containsKey(field);
    }

    public InquiryStatus getStatus() {
        return status;
    }

    public InquiryKind getKind() {
        return kind;
    }

    public boolean isUrgentOnly() {
        return urgentOnly;
    }

    public String getFrom() {
        return from == null ? fromText : from.toString();
    }

    public String getTo() {
        return to == null ? toText : to.toString();
    }

    private <E extends Enum<E>> E choice(Class<E> type, String text, String field) {
        if (text == null) {
            return null;
        }
        return Arrays.stream(type.getEnumConstants()).filter(value -> value.name().equals(text)).findFirst()
                .orElseGet(() -> {
                    problems.put(field, "Please choose from the list.");
                    return null;
                });
    }
}
