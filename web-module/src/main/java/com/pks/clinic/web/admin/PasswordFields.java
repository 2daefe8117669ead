package com.pks.clinic.web.admin;

import java.util.Map;
import java.util.Objects;

import com.pks.clinic.web.platform.faces.FieldErrors;

/**
 * A new password typed twice, as the console's forms ask for it (the set-up link, one's own account): never sent
 * back to the browser, and the two must be alike before anything is checked further.
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
