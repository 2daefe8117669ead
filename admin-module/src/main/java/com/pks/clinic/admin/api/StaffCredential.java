package com.pks.clinic.admin.api;

import jakarta.security.enterprise.credential.UsernamePasswordCredential;

/**
 * A password typed on the sign-in page, with the network address it came from: the identity store records every
 * attempt in the audit log, and the container cannot tell it where the attempt came from.
 */
public class StaffCredential extends UsernamePasswordCredential {

    private final String clientAddress;

    public StaffCredential(String username, String password, String clientAddress) {
        super(username == null ? "" : username.strip(), password == null ? "" : password);
        this.clientAddress = clientAddress;
    }

    public String clientAddress() {
        return clientAddress;
    }
}
