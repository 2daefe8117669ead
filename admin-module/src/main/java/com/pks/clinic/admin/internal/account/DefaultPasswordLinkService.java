package com.pks.clinic.admin.internal.account;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import com.pks.clinic.admin.api.AuditAction;
import com.pks.clinic.admin.api.InvalidAccountException;
import com.pks.clinic.admin.api.PasswordLinkService;
import com.pks.clinic.admin.internal.audit.AuditTrail;

/**
 * Where an invited colleague, or one who forgot their password, chooses it. The link is the proof: whoever holds it
 * before it expires, once. Choosing a password ends the account's other sessions and links.
 */
@Stateless
public class DefaultPasswordLinkService implements PasswordLinkService {

    private final Clock clock = Clock.systemUTC();

    @Inject
    private PasswordLinks links;

    @Inject
    private Passwords passwords;

    @Inject
    private AuditTrail audit;

    private static InvalidAccountException usedOrExpired() {
        return InvalidAccountException.of("token", "This link has been used or has expired.");
    }

    @Override
    @PermitAll
    public Optional<String> greeting(String token) {
        return links.valid(token, clock.instant()).map(link -> link.account().toAccount().displayName());
    }

    @Override
    @PermitAll
    public void choosePassword(String token, String password, String clientAddress) {
        Instant now = clock.instant();
        PasswordLinkRecord link = links.valid(token, now).orElseThrow(() -> usedOrExpired());
        StaffAccount account = link.account();
        PasswordRules.problem(password, account.username()).ifPresent(problem -> {
            throw InvalidAccountException.of("password", problem);
        });
        if (!links.spend(link, now)) {
            throw usedOrExpired(); // the same link sent twice at once: only one counts
        }
        account.changePassword(passwords.hash(password));
        links.endAll(account, now);
        audit.record(account.username(), AuditAction.PASSWORD_SET_WITH_LINK, "account " + account.username(), null,
                clientAddress, now);
    }

    @Override
    @PermitAll
    public Optional<String> passwordProblem(String token, String password) {
        return links.valid(token, clock.instant())
                .flatMap(link -> PasswordRules.problem(password, link.account().username()));
    }
}
