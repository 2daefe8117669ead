package com.pks.clinic.web.admin.audit;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import com.pks.clinic.admin.api.AuditAction;
import com.pks.clinic.admin.api.AuditQuery;
import com.pks.clinic.web.admin.DatedSearch;

/**
 * What the audit screen's GET form asked for ({@code ?actor=&about=&action=&from=&to=&page=}), read once for the
 * screen and for the CSV download: typed text becomes an {@link AuditQuery} or a message in plain words for each field that
 * cannot be read.
 */
public final class AuditSearch extends DatedSearch {

    public static final String ACTOR = "actor";
    public static final String ABOUT = "about";
    public static final String ACTION = "action";

    private final String actor;
    private final String about;
    private final AuditAction action;

    private AuditSearch(String actor, String about, String action, String from, String to, String page) {
        super(from, to, page);
        this.actor = clip(clean(actor));
        this.about = clip(clean(about));
        this.action = action(clean(action));
    }

    /** Reads the form's parameters as they came; {@code null} or blank means "not given". */
    public static AuditSearch of(String actor, String about, String action, String from, String to, String page) {
        return new AuditSearch(actor, about, action, from, to, page);
    }

    /** The search for the service; only when {@link #isValid()}. */
    public AuditQuery query() {
        if (!isValid()) {
            throw new IllegalStateException("The search has problems: " + problems.keySet());
        }
        return new AuditQuery(actor, action, from(), to(), about);
    }

    /** This search at another page, such as {@code /admin/audit?actor=kay&page=2}. */
    public String link(String path, int page) {
        Map<String, String> filters = new LinkedHashMap<>();
        filters.put(ACTOR, actor);
        filters.put(ABOUT, about);
        filters.put(ACTION, action == null ? null : action.name());
        return link(path, page, filters);
    }

    /** The person as typed, for the form. */
    public String getActor() {
        return actor;
    }

    /** What the records are about, as typed, for the form. */
    public String getAbout() {
        return about;
    }

    public AuditAction getAction() {
        return action;
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

    /** No account name, nor what a record is about, is longer than an e-mail address may be. */
    private static String clip(String typed) {
        return typed == null || typed.length() <= 254 ? typed : typed.substring(0, 254);
    }
}
