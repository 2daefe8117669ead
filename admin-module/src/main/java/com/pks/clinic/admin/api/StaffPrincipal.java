package com.pks.clinic.admin.api;

import jakarta.security.enterprise.CallerPrincipal;
import java.io.Serializable;

/**
 * A signed-in member of staff as the container knows them: the account's name (an e-mail address), the name the
 * console greets them by, and the account's session stamp, which changes when the account is disabled or its roles
 * change, so that every session that still carries the old one ends at once.
 */
public class StaffPrincipal extends CallerPrincipal implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String displayName;
    private final long sessionStamp;

    public StaffPrincipal(String username, String displayName, long sessionStamp) {
        super(username);
        this.displayName = displayName;
        this.sessionStamp = sessionStamp;
    }

    public String displayName() {
        return displayName;
    }

    public long sessionStamp() {
        return sessionStamp;
    }
}
