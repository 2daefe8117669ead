package com.pks.clinic.admin.api;

import java.io.Serializable;

/**
 * A second factor being set up: the secret as text to type into an authenticator app (in groups of four), and the
 * {@code otpauth://} address its QR code carries. It counts only once a first code from the app is accepted.
 */
public record Enrolment(String secretText, String appUri) implements Serializable {

    @Override
    public String toString() {
        return "Enrolment[…]"; // never the secret
    }
}
