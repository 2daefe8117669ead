package com.pks.clinic.inquiry.api;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A clinician's referral of a patient, as sent from {@code /refer}: minimal by design. */
public record Referral(
        @NotBlank(message = "Please give your name.")
        @Size(max = 100, message = "Please keep your name under 100 characters.")
        @Pattern(regexp = Patterns.NAME, message = "Please use letters for your name (accents, apostrophes and hyphens are fine).")
        String clinicianName,
        @NotBlank(message = "Please give your practice or organization.")
        @Size(max = 150, message = "Please keep the practice name under 150 characters.")
        String practice,
        @NotBlank(message = "Please give a phone number where we can reach you.")
        @Size(max = 30, message = "That phone number is too long.")
        @Pattern(regexp = Patterns.PHONE, message = "Please enter a phone number with digits, like 406-880-7571.")
        String clinicianPhone,
        @NotBlank(message = "Please give your e-mail address.")
        @Size(max = 200, message = "That e-mail address is too long.")
        @Email(message = "Please check the e-mail address, like name@example.com.")
        String clinicianEmail,
        @NotBlank(message = "Please give the patient's name.")
        @Size(max = 100, message = "Please keep the patient's name under 100 characters.")
        @Pattern(regexp = Patterns.NAME, message = "Please use letters for the patient's name.")
        String patientName,
        @Size(max = 30, message = "That phone number is too long.")
        @Pattern(regexp = Patterns.PHONE, message = "Please enter the patient's phone number with digits.")
        String patientPhone,
        @Size(max = 200, message = "That e-mail address is too long.")
        @Email(message = "Please check the patient's e-mail address.")
        String patientEmail,
        @NotBlank(message = "Please give a short reason for the referral.")
        @Size(max = 1000, message = "Please keep the reason under 1,000 characters.")
        String reason) {

    @AssertTrue(message = "Please give the patient's phone number or e-mail address.")
    public boolean isPatientReachable() {
        return (patientPhone != null && !patientPhone.isBlank()) || (patientEmail != null && !patientEmail.isBlank());
    }
}
