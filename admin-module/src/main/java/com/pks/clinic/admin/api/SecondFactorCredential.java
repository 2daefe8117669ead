package com.pks.clinic.admin.api;

import jakarta.security.enterprise.credential.Credential;

/**
 * The code typed on the second page of the sign-in (or the first code from a newly set-up app, or a recovery code),
 * with where it came from: the sign-in mechanism checks it for the sign-in waiting in the session.
 */
public record SecondFactorCredential(String code, String clientAddress, String clientKey) implements Credential {

    @Override
    public String toString() {
        return "SecondFactorCredential[…]"; // never the code
    }
}
