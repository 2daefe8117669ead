package com.pks.clinic.inquiry.api;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A patient's or family member's request for a consultation, as sent from {@code /contact}.
 *
 * @param message          an optional short note; the form asks not to include medical history
 * @param thinkingOfSelfHarm the person ticked "I am thinking about ending my life or hurting myself, or the person I
 *                           am writing for is"
 */
public record ConsultationRequest(
        @NotBlank(message = "Please tell us your name.")
        @Size(max = 100, message = "Please keep your name under 100 characters.")
        @Pattern(regexp = Patterns.NAME, message = "Please use letters for your name (accents, apostrophes and hyphens are fine).")
        String name,
        @Size(max = 30, message = "That phone number is too long.")
        @Pattern(regexp = Patterns.PHONE, message = "Please enter a phone number with digits, like 406-880-7571 or +44 20 7946 0958.")
        String phone,
        @Size(max = 200, message = "That e-mail address is too long.")
        @Email(message = "Please check the e-mail address, like name@example.com.")
        String email,
        @NotNull(message = "Please choose how you would like us to reach you.")
        ContactPreference preferredContact,
        @Size(max = 100, message = "Please keep the best time to call short.")
        String bestTimeToCall,
        @NotNull(message = "Please tell us who the consultation is for.")
        ForWhom forWhom,
        @Size(max = 1000, message = "Please keep your message under 1,000 characters.")
        String message,
        @Size(max = 200, message = "Please keep this answer short.")
        String heardAbout,
        boolean consentToContact,
        boolean thinkingOfSelfHarm) {

    @AssertTrue(message = "Please give us a phone number or an e-mail address.")
    public boolean isReachable() {
        return present(phone) || present(email);
    }

    /** Asked only of a request that gives some way to reach the person: one message is enough for none at all. */
    @AssertTrue(message = "You chose “By phone”: please add a phone number, or choose “By e-mail”.")
    public boolean isPhoneGivenToCall() {
        return preferredContact != ContactPreference.PHONE || !isReachable() || present(phone);
    }

    @AssertTrue(message = "You chose “By e-mail”: please add an e-mail address, or choose “By phone”.")
    public boolean isEmailGivenToWrite() {
        return preferredContact != ContactPreference.EMAIL || !isReachable() || present(email);
    }

    @AssertTrue(message = "Please agree that we may contact you, so that we can answer.")
    public boolean isConsentGiven() {
        return consentToContact;
    }

    private static boolean present(String text) {
        return text != null && !text.isBlank();
    }
}
