package com.pks.clinic.admin.internal.backup;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;

import com.pks.clinic.admin.api.AuditAction;
import com.pks.clinic.admin.api.Backup;
import com.pks.clinic.admin.internal.audit.AuditTrail;

/** Records each backup made and each old one deleted in the audit log, in a transaction of its own. */
@ApplicationScoped
public class BackupAudit {

    @Inject
    private AuditTrail trail;

    @Resource
    private UserTransaction transaction;

    void made(Backup backup, String who, String clientAddress) {
        record(who, backup.checked() ? AuditAction.BACKUP_MADE : AuditAction.BACKUP_FAILED, backup.name(),
                (backup.nightly() ? "nightly; " : "") + backup.outcome(), clientAddress);
    }

    void deleted(String name, String why) {
        record("system", AuditAction.BACKUP_DELETED, name, why, null);
    }

    private void record(String who, AuditAction action, String name, String detail, String clientAddress) {
        try {
            transaction.begin();
            trail.record(who, action, "backup " + name, detail, clientAddress, null);
            transaction.commit();
        } catch (Exception failed) {
            try {
                transaction.rollback();
            } catch (Exception notActive) {
                failed.addSuppressed(notActive);
            }
            throw new IllegalStateException("The backup's audit record could not be written", failed);
        }
    }
}
