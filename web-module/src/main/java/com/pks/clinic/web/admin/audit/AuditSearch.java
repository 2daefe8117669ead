package com.pks.clinic.web.admin.audit;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;

import com.pks.clinic.admin.api.AuditAction;
import com.pks.clinic.admin.api.AuditQuery;
import com.pks.clinic.web.admin.SearchFields;

/**
 * What the audit screen's GET form asked for ({@code ?actor=&action=&from=&to=&page=}), read once for the screen and
 * for the CSV download: typed text becomes an {@link AuditQuery} or a message in plain words for each field that
 * cannot be read, never an error page. Keeps what was typed, so the form shows it again, and writes the links that
 * page through the same search.
 */
public final class AuditSearch {

    public static final String ACTOR = "actor";
    public static final String ACTION = "action";
    public static final String FROM = "from";
    public static final String TO = "to";
    public static final String PAGE = "page";


    private final String actor;
    private final String actionText;
    private final String fromText;
    private final String toText;
    private final AuditAction action;
    private final LocalDate from;
    private final LocalDate to;
    private final int page;
    private final Map<String, String> problems = new LinkedHashMap<>();

    private AuditSearch(String actor, String action, String from, String to, String page) {
        this.actor = clip(SearchFields.clean(actor));
        this.actionText = SearchFields.clean(action);
        this.fromText = SearchFields.clean(from);
        this.toText = SearchFields.clean(to);
        this.action = action(actionText);
        this.from = SearchFields.date(problems, FROM, fromText, "From");
        this.to = SearchFields.date(problems, TO, toText, "To");
        this.page = SearchFields.pageNumber(SearchFields.clean(page));
        if (this.from != null && this.to != null && this.to.isBefore(this.from)) {
            problems.put(TO, "The To date is before the From date. Please swap them, or choose other dates.");
        }
    }

    /** Reads the form's parameters as they came; {@code null} or blank means "not given". */
    public static AuditSearch of(String actor, String action, String from, String to, String page) {
        return new AuditSearch(actor, action, from, to, page);
    }

    public boolean isValid() {
        return problems.isEmpty();
    }

    /** The search for the service; only when {@link #isValid()}. */
    public AuditQuery query() {
        if (!isValid()) {
            throw new IllegalStateException("The search has problems: " + problems.keySet());
        }
        return new AuditQuery(actor, action, from, to);
    }

    /** The page asked for, counting from 1. */
    public int page() {
        return page;
    }

    /**
     * The address of this search at another page, such as {@code /admin/audit?actor=kay&page=2}: only the filters
     * that are set, dates as {@code 2026-12-01}; {@code page} 1 is left out.
     */
    public String link(String path, int page) {
        StringJoiner query = SearchFields.query();
        SearchFields.add(query, ACTOR, actor);
        SearchFields.add(query, ACTION, action == null ? null : action.name());
        SearchFields.add(query, FROM, from == null ? null : from.toString());
        SearchFields.add(query, TO, to == null ? null : to.toString());
        SearchFields.add(query, PAGE, page > 1 ? String.valueOf(page) : null);
        return path + query;
    }

    /** What each field's problem is, by field name, in the order of the form. */
    public Map<String, String> getProblems() {
        return problems;
    }

    public String error(String field) {
        return problems.get(field);
    }

    public boolean invalid(String field) {
        return problems.containsKey(field);
    }

    /** The person as typed, for the form. */
    public String getActor() {
        return actor;
    }

    public AuditAction getAction() {
        return action;
    }

    /** The first day as typed, or as the date picker writes it when it could be read. */
    public String getFrom() {
        return from == null ? fromText : from.toString();
    }

    public String getTo() {
        return to == null ? toText : to.toString();
    }

    private AuditAction action(String text) {
        if (text == null) {
            return null;
        }
        Optional<AuditAction> known = Arrays.stream(AuditAction.values()).filter(a -> a.name().equals(text))
                .findFirst();
        if (known.isEmpty()) {
            problems.put(ACTION, "Please choose what happened from the list.");
        }
        return known.orElse(null);
    }

    /** No account name is longer than an e-mail address may be. */
    private static String clip(String actor) {
        return actor == null || actor.length() <= 254 ? actor : actor.substring(0, 254);
    }
}
