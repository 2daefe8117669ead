package com.pks.clinic.web.admin.pages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

import com.pks.clinic.content.api.EditablePage;
import com.pks.clinic.content.api.InvalidContentException;
import com.pks.clinic.content.api.NewPage;
import com.pks.clinic.content.api.PageContent;
import com.pks.clinic.content.api.PageService;
import com.pks.clinic.web.platform.client.ClientAddress;
import com.pks.clinic.web.platform.faces.FieldErrors;

/** A new page ({@code /admin/pages/new}): a title, and an address made from it unless the editor gives one. */
@Named
@RequestScoped
public class NewPageBacking {

    private static final int MAX_SLUG = 100;

    @Inject
    private PageService pages;

    @Inject
    private ClientAddress client;

    private String title;
    private String slug;
    private FieldErrors errors = FieldErrors.none();

    public void create() throws IOException {
        String address = slug == null || slug.isBlank() ? slugOf(title) : slug.strip().toLowerCase(Locale.ROOT);
        if (address.isEmpty()) { // the address is optional: without a title, only the title is missing
            errors = title == null || title.isBlank()
                    ? FieldErrors.of(Map.of("title", "Please give the page a title: its address is made from it."))
                    : FieldErrors.of(Map.of("slug", "We could not make an address from this title: please type "
                            + "one, such as what-to-expect."));
            return;
        }
        try {
            EditablePage created = pages.create(new NewPage(address,
                    new PageContent(title, null, "", null, null)), client.get());
            Messages.addFlashGlobalInfo("The page is added as a draft. Write its text, then publish it.");
            Faces.getExternalContext().redirect(Faces.getRequestContextPath() + "/admin/pages/edit?slug="
                    + created.slug());
        } catch (InvalidContentException invalid) {
            // the title is checked as part of the page's content: "content.title"
            Map<String, String> problems = invalid.problems().entrySet().stream().collect(Collectors.toMap(
                    problem -> problem.getKey().replace("content.", ""), Map.Entry::getValue,
                    (first, second) -> first, LinkedHashMap::new));
            if ((slug == null || slug.isBlank()) && problems.containsKey("slug")) {
                // the address was made from the title: say so, rather than fault a field left empty
                problems.put("slug", "The title makes the address /" + address + ". " + problems.get("slug")
                        + " Type another address here, such as " + address + "-2, or change the title.");
            }
            errors = FieldErrors.of(problems);
        }
    }

    /** "What to Expect?" becomes "what-to-expect": letters and digits, accents dropped, hyphens between words. */
    static String slugOf(String text) {
        if (text == null) {
            return "";
        }
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
        return slug.substring(0, Math.min(slug.length(), MAX_SLUG)).replaceAll("^-+|-+$", "");
    }

    public FieldErrors getErrors() {
        return errors;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }
}
