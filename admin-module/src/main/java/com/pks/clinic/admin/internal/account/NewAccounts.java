package com.pks.clinic.admin.internal.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

import com.pks.clinic.admin.api.Invitation;
import com.pks.clinic.admin.api.InvalidAccountException;
import com.pks.clinic.admin.api.NewAccount;

/**
 * Creates accounts, from the accounts screen and from the set-up link alike: the fields are checked (Bean
 * Validation, the password rules, a free address) and every problem is named at once, next to its field.
 */
@ApplicationScoped
public class NewAccounts {

    @Inject
    private Validator validator;

    @Inject
    private StaffAccounts accounts;

    @Inject
    private Passwords passwords;

    /**
     * An invited colleague's account: no password anyone knows (a random one nobody is told) until they choose
     * theirs with the invitation's link.
     */
    public StaffAccount invite(Invitation invitation, Instant at) {
        requireNone(problems(invitation, invitation == null ? null : invitation.username(), Map.of()));
        StaffAccount invited = new StaffAccount(invitation.username(), invitation.displayName(),
                passwords.hash(OneTimeTokens.fresh()), invitation.roles(), at);
        accounts.add(invited);
        return invited;
    }

    public StaffAccount create(NewAccount account, Instant at) {
        requireNone(problems(account));
        StaffAccount created = new StaffAccount(account.username(), account.displayName(),
                passwords.hash(account.password()), account.roles(), at);
        accounts.add(created);
        return created;
    }

    /** Every problem that {@link #create} would name for this account, by field; none when it can be created. */
    public Map<String, String> problems(NewAccount account) {
        return problems(account, account == null ? null : account.username(), passwordProblems(account));
    }

    /** The password rules' problem; none without a password, which the record's own rule names once. */
    private static Map<String, String> passwordProblems(NewAccount account) {
        if (account == null || account.password() == null) {
            return Map.of();
        }
        return PasswordRules.problem(account.password(), account.username()).map(p -> Map.of("password", p))
                .orElse(Map.of());
    }

    /** Every problem at once: the fields' rules, the password's (when there is one), and a taken address. */
    private Map<String, String> problems(Object form, String username, Map<String, String> passwordProblems) {
        if (form == null) {
            return Map.of("form", "The form was empty.");
        }
        Map<String, String> problems = new TreeMap<>(passwordProblems);
        for (ConstraintViolation<Object> violation : validator.validate(form)) {
            problems.merge(violation.getPropertyPath().toString(), violation.getMessage(), (a, b) -> a + " " + b);
        }
        if (!problems.containsKey("username") && accounts.find(username).isPresent()) {
            problems.put("username", "There is already an account for this e-mail address.");
        }
        return problems;
    }

    private static void requireNone(Map<String, String> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidAccountException(problems);
        }
    }
}
