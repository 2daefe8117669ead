package com.pks.clinic.web.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;

import com.pks.clinic.admin.api.AccountService;
import com.pks.clinic.web.admin.pages.PageLines;

/**
 * Colleagues named as people know them on the console's screens ("Anna Morales" rather than the e-mail address they
 * sign in with): who changed a page, who wrote a note. The names are read once per request, at the first one shown;
 * what is no account's address (a job of the site, an account since deleted) is shown as it was recorded.
 */
@Named
@RequestScoped
public class StaffNames {

    @Inject
    private AccountService accounts;

    private Map<String, String> byUsername;

    /** The person's name; anyone else as {@link PageLines#who} words them (the starting content, "unknown"). */
    public String of(String username) {
        if (byUsername == null) {
            byUsername = accounts.displayNames();
        }
        String name = username == null ? null : byUsername.get(username);
        return name != null ? name : PageLines.who(username);
    }
}
