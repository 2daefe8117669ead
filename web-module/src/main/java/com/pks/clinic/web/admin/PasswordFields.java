package com.pks.clinic.web.admin;

import java.util.Map;

import com.pks.clinic.web.platform.faces.FieldErrors;

/**
 * A new password typed twice, as the console's forms ask for it (the set-up link, one's own account): never sent
 * back to the browser, and the two must be alike before anything is checked further.
 */
public class PasswordFields {

    private String password;
    private String passwordAgain;

    /** The problem when the two differ, under the second field; none when they are alike. */
    public FieldErrors mismatch() {
        return password != null && password.equals(passwordAgain) ? FieldErrors.none() : FieldErrors.of(Map.of(
                "passwordAgain", "The two passwords are not the same. Please type it twice alike."));
    }

    /** The password as typed (for the service, never for the page). */
    public String typed() {
        return password;
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
