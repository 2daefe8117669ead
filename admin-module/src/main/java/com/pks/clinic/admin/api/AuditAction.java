package com.pks.clinic.admin.api;

/** What an audit record says happened, each with the words the audit screen shows. */
public enum AuditAction {
    SIGNED_IN("Signed in", Topic.SIGN_IN),
    SIGN_IN_FAILED("Sign-in failed", Topic.SIGN_IN),
    SIGN_IN_REFUSED("Sign-in refused: too many failures from this network", Topic.SIGN_IN),
    SECOND_FACTOR_FAILED("Second step of sign-in failed", Topic.SIGN_IN),
    SECOND_FACTOR_SET_UP("Two-step sign-in set up", Topic.SIGN_IN),
    RECOVERY_CODE_USED("Signed in with a recovery code", Topic.SIGN_IN),
    SECOND_FACTOR_RESET("Two-step sign-in reset", Topic.ACCOUNTS),
    PASSWORD_CHANGED("Password changed", Topic.SIGN_IN),
    SIGNED_OUT("Signed out", Topic.SIGN_IN),
    SET_UP("First Administrator created", Topic.ACCOUNTS),
    BREAK_GLASS("Administrator created with a break-glass set-up link", Topic.ACCOUNTS),
    ACCOUNT_CREATED("Account created", Topic.ACCOUNTS),
    PASSWORD_LINK_ISSUED("One-time password link issued", Topic.ACCOUNTS),
    PASSWORD_SET_WITH_LINK("Password chosen with a one-time link", Topic.ACCOUNTS),
    ROLES_CHANGED("Roles changed", Topic.ACCOUNTS),
    ACCOUNT_DISABLED("Account disabled", Topic.ACCOUNTS),
    ACCOUNT_ENABLED("Account enabled", Topic.ACCOUNTS),
    PAGE_CREATED("Page created", Topic.WEBSITE),
    PAGE_PUBLISHED("Page published", Topic.WEBSITE),
    PAGE_UNPUBLISHED("Page unpublished", Topic.WEBSITE),
    PAGE_RESTORED("Earlier version restored as draft", Topic.WEBSITE),
    PAGE_SCHEDULED("Page scheduled to publish", Topic.WEBSITE),
    PAGE_SCHEDULE_CANCELLED("Scheduled publish cancelled", Topic.WEBSITE),
    PAGE_ADDRESS_CHANGED("Page address changed", Topic.WEBSITE),
    PAGE_DELETED("Page deleted", Topic.WEBSITE),
    ENTRY_PUBLISHED("List entry published", Topic.WEBSITE),
    ENTRY_UNPUBLISHED("List entry unpublished", Topic.WEBSITE),
    ENTRY_CREATED("List entry created", Topic.WEBSITE),
    ENTRY_MOVED("List entry moved", Topic.WEBSITE),
    ENTRY_RESTORED("Earlier version of a list entry restored as draft", Topic.WEBSITE),
    ENTRY_DELETED("List entry deleted", Topic.WEBSITE),
    NAVIGATION_CHANGED("Menu changed", Topic.WEBSITE),
    SETTINGS_CHANGED("Clinic details changed", Topic.WEBSITE),
    BACKUP_MADE("Backup made", Topic.RECORDS),
    BACKUP_FAILED("Backup failed", Topic.RECORDS),
    BACKUP_DELETED("Old backup deleted", Topic.RECORDS),
    MEDIA_UPLOADED("Picture uploaded", Topic.WEBSITE),
    MEDIA_DESCRIBED("Picture described", Topic.WEBSITE),
    MEDIA_DELETED("Picture deleted", Topic.WEBSITE),
    INQUIRIES_LISTED("Inquiry list viewed", Topic.INQUIRIES),
    INQUIRY_VIEWED("Inquiry opened", Topic.INQUIRIES),
    INQUIRY_STATUS_CHANGED("Inquiry status changed", Topic.INQUIRIES),
    INQUIRY_NOTE_ADDED("Note added to inquiry", Topic.INQUIRIES),
    INQUIRY_MARKED_URGENT("Inquiry marked urgent", Topic.INQUIRIES),
    INQUIRIES_EXPORTED("Inquiries exported", Topic.INQUIRIES),
    INQUIRIES_PURGED("Old inquiries deleted (retention)", Topic.INQUIRIES),
    AUDIT_SEARCHED("Audit log viewed", Topic.RECORDS),
    AUDIT_EXPORTED("Audit log exported", Topic.RECORDS),
    AUDIT_PURGED("Old audit records deleted (retention)", Topic.RECORDS);

    /** The groups in which the audit screen offers the actions, in this order. */
    public enum Topic {
        SIGN_IN("Signing in"),
        ACCOUNTS("Staff accounts"),
        INQUIRIES("Inquiries"),
        WEBSITE("Website content"),
        RECORDS("Backups and this log");

        private final String label;

        Topic(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    private final String label;
    private final Topic topic;

    AuditAction(String label, Topic topic) {
        this.label = label;
        this.topic = topic;
    }

    public String label() {
        return label;
    }

    public Topic topic() {
        return topic;
    }
}
