package com.pks.clinic.admin.api;

/** What an audit record says happened, each with the words the audit screen shows. */
public enum AuditAction {
    SIGNED_IN("Signed in"),
    SIGN_IN_FAILED("Sign-in failed"),
    SIGN_IN_REFUSED("Sign-in refused: too many failures from this network"),
    SECOND_FACTOR_FAILED("Second step of sign-in failed"),
    SECOND_FACTOR_SET_UP("Two-step sign-in set up"),
    RECOVERY_CODE_USED("Signed in with a recovery code"),
    SECOND_FACTOR_RESET("Two-step sign-in reset"),
    PASSWORD_CHANGED("Password changed"),
    SIGNED_OUT("Signed out"),
    SET_UP("First Administrator created with the set-up link"),
    BREAK_GLASS("Administrator created with a break-glass set-up link"),
    ACCOUNT_CREATED("Account created"),
    PASSWORD_LINK_ISSUED("One-time password link issued"),
    PASSWORD_SET_WITH_LINK("Password chosen with a one-time link"),
    ROLES_CHANGED("Roles changed"),
    ACCOUNT_DISABLED("Account disabled"),
    ACCOUNT_ENABLED("Account enabled"),
    PAGE_CREATED("Page created"),
    PAGE_PUBLISHED("Page published"),
    PAGE_UNPUBLISHED("Page unpublished"),
    PAGE_RESTORED("Earlier version restored as draft"),
    PAGE_SCHEDULED("Page scheduled to publish"),
    PAGE_SCHEDULE_CANCELLED("Scheduled publish cancelled"),
    PAGE_ADDRESS_CHANGED("Page address changed"),
    PAGE_DELETED("Page deleted"),
    ENTRY_PUBLISHED("List entry published"),
    ENTRY_UNPUBLISHED("List entry unpublished"),
    ENTRY_CREATED("List entry created"),
    ENTRY_MOVED("List entry moved"),
    ENTRY_RESTORED("Earlier version of a list entry restored as draft"),
    ENTRY_DELETED("List entry deleted"),
    NAVIGATION_CHANGED("Menu changed"),
    SETTINGS_CHANGED("Clinic details changed"),
    BACKUP_MADE("Backup made"),
    BACKUP_FAILED("Backup failed"),
    BACKUP_DELETED("Old backup deleted"),
    MEDIA_UPLOADED("Picture uploaded"),
    MEDIA_DESCRIBED("Picture described"),
    MEDIA_DELETED("Picture deleted"),
    INQUIRIES_LISTED("Inquiry list viewed"),
    INQUIRY_VIEWED("Inquiry opened"),
    INQUIRY_STATUS_CHANGED("Inquiry status changed"),
    INQUIRY_NOTE_ADDED("Note added to inquiry"),
    INQUIRY_MARKED_URGENT("Inquiry marked urgent"),
    INQUIRIES_EXPORTED("Inquiries exported"),
    INQUIRIES_PURGED("Old inquiries deleted (retention)"),
    AUDIT_SEARCHED("Audit log viewed"),
    AUDIT_EXPORTED("Audit log exported"),
    AUDIT_PURGED("Old audit records deleted (retention)");

    private final String label;

    AuditAction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
