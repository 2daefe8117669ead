package com.pks.clinic.web.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

import com.pks.clinic.web.testing.FormRegistry;
import com.pks.clinic.web.testing.FormRegistry.Form;

/**
 * The hostile-input suite's registry holds every form of the views and every field in them, and nothing that is not
 * there: a form or field added to a view fails here until it is registered in {@link FormRegistry}.
 */
class FormRegistryTest {

    private static final Path VIEWS = Path.of("src", "main", "webapp");
    private static final Pattern FORM_OR_FIELD = Pattern.compile(
            "<(?:h:form|o:form|form)\\b[^>]*?\\bid=\"([^\"]+)\""
            + "|<(?:clinic:field|h:input\\w+|h:select\\w+|o:inputFile)\\b[^>]*?\\bid=\"([^\"]+)\""
            + "|<(?:input|select|textarea)\\b[^>]*?\\bname=\"([^\"]+)\"", Pattern.DOTALL);
    private static final Pattern FORM_WITHOUT_ID = Pattern.compile("<(?:h:form|o:form|form)\\b(?![^>]*\\bid=)[^>]*>");

    @Test
    void everyFormAndFieldOfTheViewsIsRegisteredAndNothingElse() throws IOException {
        Map<String, Set<String>> inViews = new TreeMap<>();
        Set<String> inIncludes = new TreeSet<>();
        for (Path file : views()) {
            String view = VIEWS.relativize(file).toString().replace(".xhtml", "");
            String text = Files.readString(file);
            assertTrue(!FORM_WITHOUT_ID.matcher(text).find(), view + " has a form without an id");
            Matcher found = FORM_OR_FIELD.matcher(text);
            String form = null;
            while (found.find()) {
                if (found.group(1) != null) {
                    form = view + "#" + found.group(1);
                    inViews.put(form, new TreeSet<>());
                } else {
                    String field = found.group(2) != null ? found.group(2) : found.group(3);
                    if (form == null) {
                        inIncludes.add(field); // an include's field: drawn inside the forms that include it
                    } else {
                        inViews.get(form).add(field);
                    }
                }
            }
        }
        Map<String, Set<String>> registered = FormRegistry.FORMS.stream().collect(Collectors.toMap(
                form -> form.view() + "#" + form.id(), Form::fields, (first, second) -> first, LinkedHashMap::new));

        assertEquals(new TreeSet<>(inViews.keySet()), new TreeSet<>(registered.keySet()), "the forms");
        inViews.forEach((form, fields) -> {
            for (String field : fields) {
                Pattern name = Pattern.compile(field.replaceAll("#\\{[^}]*}", "\\\\E\\\\d+\\\\Q")
                        .transform(quoted -> "\\Q" + quoted + "\\E"));
                assertTrue(registered.get(form).stream().anyMatch(known -> name.matcher(known).matches()),
                        form + " has " + field + ", which is not registered");
            }
        });
        Set<String> everyRegisteredField = registered.values().stream().flatMap(Set::stream)
                .collect(Collectors.toSet());
        for (String field : inIncludes) {
            assertTrue(everyRegisteredField.contains(field), "the included field " + field + " is in no form");
        }
    }

    private static List<Path> views() throws IOException {
        try (Stream<Path> files = Files.walk(VIEWS)) {
            return files.filter(file -> file.toString().endsWith(".xhtml"))
                    .filter(file -> !file.startsWith(VIEWS.resolve("WEB-INF").resolve("tags"))).sorted().toList();
        }
    }
}
