package com.pks.clinic.admin.api;

/**
 * Refused: Administrators may neither disable their own account nor take away their own Administrator role, so that
 * nobody locks themselves out by a slip of the mouse. Another Administrator can.
 */
public class OwnAccountException extends AccountException {

    private static final long serialVersionUID = 1L;

    public OwnAccountException() {
        super("You cannot disable your own account or take away your own Administrator role, so that you do not lock "
                + "yourself out by mistake. Another Administrator can do it for you.");
    }
}
