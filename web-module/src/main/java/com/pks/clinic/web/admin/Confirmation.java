package com.pks.clinic.web.admin;

import java.io.Serializable;

/**
 * A question an editor screen asks before an action that cannot be taken back or that visitors would notice at once
 * ("Delete … for good?", "Take it off the public site?"): the first button asks, the screen shows the question with
 * Yes and No, and the action's own button does it. Kept in the screen's view-scoped bean, so the question stays open across the postback that asked it.
 */
public class Confirmation implements Serializable {

    private static final long serialVersionUID = 1L;

    private boolean asked;

    public void ask() {
        asked = true;
    }

    public void cancel() {
        asked = false;
    }

    public boolean isAsked() {
        return asked;
    }
}
