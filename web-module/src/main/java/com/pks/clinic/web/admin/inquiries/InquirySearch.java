package com.pks.clinic.web.admin.inquiries;

import java.time.ZoneId;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import com.pks.clinic.inquiry.api.InquiryFilter;
import com.pks.clinic.inquiry.api.InquiryKind;
import com.pks.clinic.inquiry.api.InquiryStatus;
import com.pks.clinic.web.admin.DatedSearch;

/**
 * What the inbox's GET form asked for ({@code ?status=&kind=&urgent=true&from=&to=&page=}), read once for the screen
 * and for the CSV download. The days are the clinic's: "from" its first moment, "to" up to the next day's.
 */
public final class InquirySearch extends DatedSearch {

    public static final String STATUS = "status";
    public static final String KIND = "kind";
    public static final String URGENT = "urgent";

    private final InquiryStatus status;
    private final InquiryKind kind;
    private final boolean urgentOnly;

    private InquirySearch(String status, String kind, String urgent, String from, String to, String page) {
        super(from, to, page);
        this.status = choice(InquiryStatus.class, clean(status), STATUS);
        this.kind = choice(InquiryKind.class, clean(kind), KIND);
        this.urgentOnly = "true".equals(clean(urgent));
    }

    public static InquirySearch of(String status, String kind, String urgent, String from, String to, String page) {
        return new InquirySearch(status, kind, urgent, from, to, page);
    }

    /** The filter for the service, the days taken in the clinic's time zone; only when {@link #isValid()}. */
    public InquiryFilter filter(ZoneId zone) {
        return new InquiryFilter(status, kind, urgentOnly, from() == null ? null : from().atStartOfDay(zone).toInstant(),
                to() == null ? null : to().plusDays(1).atStartOfDay(zone).toInstant());
    }

    /** This search at another page. */
    public String link(String path, int page) {
        Map<String, String> filters = new LinkedHashMap<>();
        filters.put(STATUS, status == null ? null : status.name());
        filters.put(KIND, kind == null ? null : kind.name());
        filters.put(URGENT, urgentOnly ? "true" : null);
        return link(path, page, filters);
    }

    /** Whether anything narrows the list (a later page too): without, an empty list means no inquiry arrived yet. */
    public boolean isFiltered() {
        return status != null || kind != null || urgentOnly || from() != null || to() != null || page() > 1;
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
