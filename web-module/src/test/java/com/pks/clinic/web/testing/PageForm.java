package com.pks.clinic.web.testing;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.AbstractMap.SimpleEntry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * A form of a page as its HTML gives it, to be posted again by a test: as a browser would send it, or as another
 * site would try to (without the form's ViewState, or with a forged one).
 *
 * @param id      its id
 * @param action  where it posts
 * @param fields  what a browser would send, in order (checked boxes only, each list's chosen option)
 * @param buttons the names of its submit buttons, in order
 * @param names   the names of all its controls, chosen or not
 */
public record PageForm(String id, String action, List<Map.Entry<String, String>> fields, List<String> buttons,
                       List<String> names) {

    public static final String VIEW_STATE = "jakarta.faces.ViewState";

    /** The forms that post, in the order of the page. */
    public static List<PageForm> of(String html) {
        List<PageForm> forms = new ArrayList<>();
        for (Element form : Jsoup.parse(html).select("form[method=post]")) {
            List<Map.Entry<String, String>> fields = new ArrayList<>();
            for (Element input : form.select("input[name], textarea[name], select[name]")) {
                String type = input.attr("type").toLowerCase();
                if (input.tagName().equals("select")) {
                    Element chosen = input.selectFirst("option[selected]");
                    chosen = chosen != null ? chosen : input.selectFirst("option");
                    fields.add(new SimpleEntry<>(input.attr("name"), chosen == null ? "" : chosen.attr("value")));
                } else if (input.tagName().equals("textarea")) {
                    fields.add(new SimpleEntry<>(input.attr("name"), input.text()));
                } else if (!List.of("submit", "button", "image", "reset", "file").contains(type)
                        && (!List.of("checkbox", "radio").contains(type) || input.hasAttr("checked"))) {
                    fields.add(new SimpleEntry<>(input.attr("name"), input.attr("value")));
                }
            }
            List<String> buttons = form.select("input[type=submit][name], button[name]:not([type=button])").stream()
                    .map(button -> button.attr("name")).toList();
            List<String> names = form.select("input[name], textarea[name], select[name]").stream()
                    .map(control -> control.attr("name")).distinct().toList();
            forms.add(new PageForm(form.id(), form.attr("action").replace("&amp;", "&"), fields, buttons, names));
        }
        return forms;
    }

    /** The (first) form with this id, also inside a repeated row, whose id its row's prefixes. */
    public static PageForm withId(String html, String id) {
        return of(html).stream().filter(form -> form.id().equals(id) || form.id().endsWith(":" + id)).findFirst()
                .orElseThrow(() -> new AssertionError("No form " + id));
    }

    /** The names of its fields that are this field: the name itself, or a name prefixed by its form's id. */
    public List<String> namesOf(String field) {
        return names.stream().filter(name -> name.equals(field) || name.endsWith(":" + field)).toList();
    }

    /** The form with this submit button. */
    public static PageForm withButton(String html, String button) {
        return of(html).stream().filter(form -> form.buttons().contains(button)).findFirst()
                .orElseThrow(() -> new AssertionError("No form with the button " + button));
    }

    /**
     * The body a browser would post with this button pressed: every field, those in {@code changes} set to their
     * value there (a {@code null} value leaves the field out).
     */
    public String body(Map<String, String> changes, String button) {
        Map<String, String> values = new LinkedHashMap<>();
        fields.forEach(field -> values.putIfAbsent(field.getKey(), field.getValue()));
        changes.forEach((name, value) -> {
            if (value == null) {
                values.remove(name);
            } else {
                values.put(name, value);
            }
        });
        if (button != null) {
            values.put(button, "");
        }
        return values.entrySet().stream().map(entry -> encode(entry.getKey()) + "=" + encode(entry.getValue()))
                .collect(Collectors.joining("&"));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
