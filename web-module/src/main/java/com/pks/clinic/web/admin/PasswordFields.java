package com.pks.clinic.web.admin;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

import com.pks.clinic.web.platform.faces.FieldErrors;

/**
 * A new password typed twice, as the console's forms ask for it (the set-up and password links, one's own account):
 * never sent back to the browser, and the two must be alike before anything is changed.
 */
public class PasswordFields {

    private String password;
    private String passwordAgain;

    /**
     * The problem when the two differ, under the second field; none when they are alike. Two empty fields are alike:
     * the service then asks for a password, together with whatever else the form is missing.
     */
    public FieldErrors mismatch() {
        return Objects.equals(typed(), given(passwordAgain)) ? FieldErrors.none() : FieldErrors.of(Map.of(
                "passwordAgain", "The two passwords are not the same. Please type it twice alike."));
    }

    /**
     * The problems when the two differ: what {@code rules} find wrong with the first password (asked only then), and
     * the mismatch under the second field, in the form's order, so that one more send can put both right.
     */
    public FieldErrors mismatch(Function<String, Optional<String>> rules) {
        FieldErrors mismatch = mismatch();
        if (mismatch.isEmpty()) {
            return mismatch;
        }
        Map<String, String> problems = new LinkedHashMap<>();
        rules.apply(typed()).ifPresent(problem -> problems.put("password", problem));
        problems.putAll(mismatch.getByField());
        return FieldErrors.of(problems);
    }

    /** The password as typed (for the service, never for the page); {@code null} when nothing was typed. */
    public String typed() {
        return given(password);
    }

    private static String given(String field) {
        return field == null || field.isEmpty() ? null : field;
    }

    public String getPassword() {
        return null; // never sent back to the browser
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getPasswordAgain() {
        return null;
    }

    public void setPasswordAgain(String passwordAgain) {
        this.passwordAgain = passwordAgain;
    }
}
