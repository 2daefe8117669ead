package com.pks.clinic.admin.internal.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

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

    public StaffAccount create(NewAccount account, Instant at) {
        if (account == null) {
            throw InvalidAccountException.of("form", "The form was empty.");
        }
        Map<String, String> problems = new TreeMap<>();
        for (ConstraintViolation<NewAccount> violation : validator.validate(account)) {
            problems.merge(violation.getPropertyPath().toString(), violation.getMessage(), (a, b) -> a + " " + b);
        }
        PasswordRules.problem(account.password(), account.username())
                .ifPresent(problem -> problems.putIfAbsent("password", problem));
        if (!problems.containsKey("username") && accounts.find(account.username()).isPresent()) {
            problems.put("username", "There is already an account for this e-mail address.");
        }
        if (!problems.isEmpty()) {
            throw new InvalidAccountException(problems);
        }
        StaffAccount created = new StaffAccount(account.username(), account.displayName(),
                passwords.hash(account.password()), account.roles(), at);
        accounts.add(created);
        return created;
    }
}
