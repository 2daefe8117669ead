package com.pks.clinic.web.testing;

import java.util.List;
import java.util.Set;

/**
 * Every form of the site and the console, with each field a person can type into or choose in it: the registry that
 * drives the hostile-input suite ({@code HostileInputIT}). {@code FormRegistryTest} compares it with the views, so a
 * new form or field fails the build until it is registered here, with where the suite can open it.
 */
public final class FormRegistry {

    /**
     * One form.
     *
     * @param view    the view that holds it, as its file under {@code src/main/webapp} without {@code .xhtml}
     * @param id      its id in that view
     * @param address where the suite opens it on a site it set up, {@code null} with a reason where it cannot
     * @param button  the button the suite presses (for a GET form, {@code null}: the fields go in the query)
     * @param fields  the names it posts that a person types or chooses (hidden ones too: a client may change them)
     * @param reason  why the suite cannot open it, when {@code address} is {@code null}
     */
    public record Form(String view, String id, String address, String button, Set<String> fields, String reason) {

        public boolean isGet() {
            return button == null;
        }
    }

    /** Where an inquiry of the suite's own can be opened: {@code {ref}} stands for its reference. */
    public static final String INQUIRY = "{ref}";

    public static final List<Form> FORMS = List.of(
            post("contact", "contact-form", "/contact", "send", "selfCheck", "answers", "seal", "name", "phone",
                    "email", "preferredContact", "bestTimeToCall", "forWhom", "message", "heardAbout",
                    "thinkingOfSelfHarm", "consentToContact", "website"),
            post("refer", "refer-form", "/refer", "send", "clinicianName", "practice", "clinicianPhone",
                    "clinicianEmail", "patientName", "patientPhone", "patientEmail", "reason", "website"),
            post("self-check", "screener-form", "/self-check/phq-9", "score", "answer1", "answer2", "answer3",
                    "answer4", "answer5", "answer6", "answer7", "answer8", "answer9"),
            unreachable("self-check", "attach-form", "shown with a scored result only: SelfCheckBrowserIT sends it; "
                    + "its fields are the contact form's, attacked there", "selfCheck", "answers", "seal"),
            post("admin/sign-in", "sign-in-form", "/admin/sign-in", "sign-in-button", "username", "password"),
            post("admin/account", "password-form", "/admin/account", "change-password", "current", "password",
                    "passwordAgain"),
            post("admin/accounts", "add-account", "/admin/accounts", "add-button", "displayName", "username",
                    "roles"),
            post("admin/accounts", "roles-form", "/admin/accounts", null, "account", "version", "role"),
            post("admin/accounts", "second-factor-form", "/admin/accounts", null, "account", "version"),
            post("admin/accounts", "status-form", "/admin/accounts", null, "account", "version", "enable"),
            get("admin/audit", "audit-search", "/admin/audit", "actor", "about", "action", "from", "to"),
            post("admin/backups", "backup-form", "/admin/backups", "back-up-now"),
            post("admin/clinic", "details", "/admin/clinic", "save-draft", "clinicName", "phone", "email", "street",
                    "city", "region", "postalCode", "open", "opens", "closes", "hoursNote", "timeZone",
                    "announcement", "announcementUntil", "crisisMessage", "baseUrl"),
            get("admin/inquiries", "inquiry-filters", "/admin/inquiries", "status", "kind", "from", "to", "urgent"),
            post("admin/inquiries/view", "work", "/admin/inquiries/view?ref=" + INQUIRY, "add-note", "inquiry-id",
                    "shown-version", "new-status", "note"),
            post("admin/lists", "entries-form", "/admin/lists?list=faq", null),
            post("admin/lists/edit", "entry-editor", "/admin/lists/edit?list=faq", "save-draft", "title", "subtitle",
                    "label", "datedOn", "summary", "imagePath", "bodyHtml"),
            post("admin/lists/history", "history-form", "/admin/lists/history?list=faq&key=what-is-ketamine", null),
            post("admin/media", "upload", "/admin/media", "upload-button", "files"),
            get("admin/media", "search", "/admin/media", "q", "undescribed"),
            unreachable("admin/media/edit", "describe", "a picture's own screen: MediaAndListsBrowserIT types into it "
                    + "with a real upload", "alt", "decorative", "caption", "credit"),
            unreachable("admin/media/edit", "delete-form", "a picture's own screen, as above"),
            post("admin/menu", "menu-form", "/admin/menu", null, "shownState"),
            post("admin/menu", "labels-form", "/admin/menu", "save-labels", "labelsShownState", "slug", "label"),
            post("admin/menu", "menu-history-form", "/admin/menu", null, "historyShownState"),
            post("admin/pages/edit", "recovery-form", "/admin/pages/edit?slug=about-ketamine", null),
            post("admin/pages/edit", "editor", "/admin/pages/edit?slug=about-ketamine", "save-draft", "changed",
                    "title", "bodyHtml", "metaDescription", "reviewedBy", "reviewedOn", "publishAt", "newSlug",
                    "redirectTo"),
            get("admin/pages/history", "compare-form", "/admin/pages/history?slug=home", "slug", "from", "to"),
            post("admin/pages/history", "history-form", "/admin/pages/history?slug=home", null, "shownVersion"),
            post("admin/pages/new", "new-page", "/admin/pages/new", "create", "title", "slug"),
            unreachable("admin/set-password", "set-password-form", "opened only by a one-time link from an e-mail: "
                    + "ConsoleBrowserIT types into it", "password", "passwordAgain"),
            unreachable("admin/set-up", "set-up-form", "opened only by the first start's one-time link, which the "
                    + "suite spends to set itself up", "displayName", "username", "password", "passwordAgain"),
            unreachable("admin/sign-in/code", "code-form", "shown only halfway through a sign-in: StaffSignIn and "
                    + "ConsoleBrowserIT type into it", "code"),
            unreachable("admin/sign-in/set-up-app", "set-up-app-form", "shown only halfway through a first "
                    + "sign-in, as above", "code"),
            post("WEB-INF/templates/admin", "sign-out", "/admin/", null));

    private FormRegistry() {
    }

    private static Form post(String view, String id, String address, String button, String... fields) {
        return new Form(view, id, address, button == null ? "" : button, Set.of(fields), null);
    }

    private static Form get(String view, String id, String address, String... fields) {
        return new Form(view, id, address, null, Set.of(fields), null);
    }

    private static Form unreachable(String view, String id, String reason, String... fields) {
        return new Form(view, id, null, "", Set.of(fields), reason);
    }
}
