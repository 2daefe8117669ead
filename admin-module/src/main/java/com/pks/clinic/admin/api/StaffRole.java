package com.pks.clinic.admin.api;

import java.util.Arrays;
import java.util.Optional;

/**
 * The three roles of the console, each the name of an account's group and of the role the services of every module
 * enforce (Payara maps groups to roles of the same name).
 */
public enum StaffRole {
    ADMINISTRATOR(AdminRoles.ADMINISTRATOR, "Everything: content, inquiries, accounts and the audit log."),
    EDITOR(AdminRoles.EDITOR, "Writes and publishes the site's pages and lists."),
    INTAKE(AdminRoles.INTAKE, "Works through inquiries from patients, families and clinicians.");

    private final String group;
    private final String description;

    StaffRole(String group, String description) {
        this.group = group;
        this.description = description;
    }

    /** The group (and role) name, as {@code @RolesAllowed} spells it. */
    public String group() {
        return group;
    }

    /** What the role may do, in words for the accounts screen. */
    public String description() {
        return description;
    }

    public static Optional<StaffRole> ofGroup(String group) {
        return Arrays.stream(values()).filter(role -> role.group.equals(group)).findFirst();
    }
}
