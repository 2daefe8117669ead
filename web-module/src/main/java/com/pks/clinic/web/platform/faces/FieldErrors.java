package com.pks.clinic.web.platform.faces;

import java.io.Serializable;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a form's fields got wrong, by field, in the order the form asks for them: the {@code clinic:field} tag shows
 * each message next to its input ({@code error(id)}, {@code invalid(id)}), and the summary above the form lists
 * them all.
 */
public final class FieldErrors implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final FieldErrors NONE = new FieldErrors(Map.of());

    private final Map<String, String> byField;

    private FieldErrors(Map<String, String> byField) {
        this.byField = byField;
    }

    public static FieldErrors none() {
        return NONE;
    }

    /** The problems as given, in their map's order. */
    public static FieldErrors of(Map<String, String> byField) {
        return new FieldErrors(Collections.unmodifiableMap(new LinkedHashMap<>(byField)));
    }

    public String error(String field) {
        return byField.get(field);
    }

    public boolean invalid(String field) {
        return byField.containsKey(field);
    }

    public boolean isEmpty() {
        return byField.isEmpty();
    }

    /** Every message, for the summary above the form. */
    public List<String> getMessages() {
        return List.copyOf(byField.values());
    }

    public Map<String, String> getByField() {
        return byField;
    }
}
