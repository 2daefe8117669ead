package com.pks.clinic.admin.api;

/** The role names as constants, for {@code @RolesAllowed}; the same names the content and inquiry modules use. */
public final class AdminRoles {

    public static final String ADMINISTRATOR = "Administrator";
    public static final String EDITOR = "Editor";
    public static final String INTAKE = "Intake";

    private AdminRoles() {
    }
}
