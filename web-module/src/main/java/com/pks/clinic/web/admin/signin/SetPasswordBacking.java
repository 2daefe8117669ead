package com.pks.clinic.web.admin.signin;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.Optional;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;

import com.pks.clinic.admin.api.InvalidAccountException;
import com.pks.clinic.admin.api.PasswordLinkService;
import com.pks.clinic.web.admin.PasswordFields;
import com.pks.clinic.web.platform.client.ClientAddress;
import com.pks.clinic.web.platform.faces.FieldErrors;

/**
 * The page behind an invitation or a reset link ({@code /admin/set-password?token=}): the person chooses their own
 * password, and then signs in with it.
 */
@Named
@RequestScoped
public class SetPasswordBacking {

    @Inject
    private PasswordLinkService links;

    @Inject
    private ClientAddress client;

    @Inject
    @Param
    private String token;

    private final PasswordFields passwords = new PasswordFields();
    private FieldErrors errors = FieldErrors.none();
    private Optional<String> greeting = Optional.empty();

    /** Whose link this is, looked at once as the page opens. */
    @PostConstruct
    void checkLink() {
        greeting = links.greeting(token);
    }

    public void choose() throws IOException {
        errors = passwords.mismatch(typed -> links.passwordProblem(token, typed));
        if (!errors.isEmpty()) {
            return;
        }
        try {
            links.choosePassword(token, passwords.typed(), client.get());
            Faces.getExternalContext().redirect(Faces.getRequestContextPath() + "/admin/sign-in?ready=true");
        } catch (InvalidAccountException invalid) {
            errors = FieldErrors.of(invalid.problems());
        }
    }

    public boolean isLinkValid() {
        return greeting.isPresent();
    }

    public String getName() {
        return greeting.orElse("");
    }

    public PasswordFields getPasswords() {
        return passwords;
    }

    public FieldErrors getErrors() {
        return errors;
    }
}
