package com.pks.clinic.admin.api;

import jakarta.security.enterprise.credential.UsernamePasswordCredential;

/**
 * A password typed on the sign-in page, with the network address it came from: the identity store records every
 * attempt in the audit log, and the container cannot tell it where the attempt came from.
 */
public class StaffCredential extends UsernamePasswordCredential {

    private final String clientAddress;
    private final String clientKey;

    /**
     * @param clientKey what the throttle counts this client by (its address, or an IPv6 client's /64)
     */
    public StaffCredential(String username, String password, String clientAddress, String clientKey) {
        super(username == null ? "" : username.strip(), password == null ? "" : password);
        this.clientAddress = clientAddress;
        this.clientKey = clientKey;
    }

    public String clientAddress() {
        return clientAddress;
    }

    public String clientKey() {
        return clientKey;
    }
}
