package com.pks.clinic.web.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;

import com.pks.clinic.admin.api.AccountService;

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

    public String of(String username) {
        if (username == null) {
            return null;
        }
        if (byUsername == null) {
            byUsername = accounts.displayNames();
        }
        return byUsername.getOrDefault(username, username);
    }
}
