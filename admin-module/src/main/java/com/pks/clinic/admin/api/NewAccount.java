package com.pks.clinic.admin.api;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Set;

/**
 * A new account: an e-mail address to sign in with, a name, its roles and its first password (checked against the
 * password rules: at least 12 characters and not a commonly used password).
 */
public record NewAccount(
        @NotBlank(message = "Please give the e-mail address this person signs in with.")
        @Email(message = "Please give a valid e-mail address, such as name@example.org.")
        @Size(max = 254, message = "An e-mail address has at most 254 characters.") String username,
        @NotBlank(message = "Please give the person's name.")
        @Size(max = 100, message = "Please keep the name to 100 characters.") String displayName,
        @NotEmpty(message = "Please choose at least one role.") Set<StaffRole> roles,
        @NotNull(message = "Please choose a password.") String password) {

    @Override
    public String toString() {
        return "NewAccount[" + username + ", " + roles + "]"; // never the password
    }
}
