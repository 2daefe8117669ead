package com.pks.clinic.admin.internal.backup;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Logger;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.pks.clinic.admin.api.Backup;
import com.pks.clinic.admin.api.BackupService;

/**
 * The nightly backup, at 2:40 server time: made, checked, audited (a failure is logged as an error and shown on the
 * dashboard), then the oldest backups beyond the newest {@code clinic.backup.keep} (30: a month of nights) are
 * deleted, each deletion audited. What the retention purge deleted from the live database thus leaves the backups
 * within that month too.
 */
@Singleton
@TransactionManagement(TransactionManagementType.BEAN) // the backup runs outside a transaction
public class NightlyBackup {

    private static final Logger LOG = Logger.getLogger(NightlyBackup.class.getName());

    @Inject
    private BackupMaker maker;

    @Inject
    private BackupFolders folders;

    @Inject
    private BackupAudit audit;

    @Inject
    @ConfigProperty(name = "clinic.backup.keep", defaultValue = "30")
    int keep;

    @Schedule(hour = "" + BackupService.NIGHTLY_HOUR, minute = "" + BackupService.NIGHTLY_MINUTE, persistent = false)
    void tonight() {
        Backup made = maker.makeNightly();
        audit.made(made, "system", null);
        if (!made.checked()) {
            LOG.severe(() -> "Tonight's backup failed: " + made.outcome());
        }
        List<Backup> all = folders.all();
        for (Backup old : all.subList(Math.min(all.size(), Math.max(1, keep)), all.size())) {
            folders.delete(old.name());
            audit.deleted(old.name(), "older than the newest " + keep + " backups");
        }
    }
}
