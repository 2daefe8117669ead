package com.pks.clinic.admin.api;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.Set;

/** A colleague to invite: the e-mail address they will sign in with, their name and their roles. */
public record Invitation(
        @NotBlank(message = "Please give the e-mail address this person signs in with.")
        @Email(message = "Please give a valid e-mail address, such as name@example.org.")
        @Size(max = 254, message = "An e-mail address has at most 254 characters.") String username,
        @NotBlank(message = "Please give the person's name.")
        @Size(max = 100, message = "Please keep the name to 100 characters.") String displayName,
        @NotEmpty(message = "Please choose at least one role.") Set<StaffRole> roles) {
}
