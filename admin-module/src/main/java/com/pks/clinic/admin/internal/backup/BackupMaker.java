package com.pks.clinic.admin.internal.backup;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

import com.pks.clinic.admin.api.Backup;

/**
 * Makes one backup: Derby copies the running database into a new folder ({@code SYSCS_BACKUP_DATABASE}: readers and
 * writers go on meanwhile), the copy is checked ({@link BackupCheck}), and what happened is written beside it. Called
 * outside any transaction: Derby refuses a backup inside one that has written. One backup at a time: the nightly one
 * waits for one under way, a request does not (it holds one of the server's few request threads).
 */
@ApplicationScoped
public class BackupMaker {

    private static final Logger LOG = Logger.getLogger(BackupMaker.class.getName());

    @Resource(lookup = "java:app/jdbc/clinic")
    private DataSource database;

    @Inject
    private BackupFolders folders;

    final ReentrantLock making = new ReentrantLock();

    Backup makeNightly() {
        making.lock();
        try {
            return make(true, "system");
        } finally {
            making.unlock();
        }
    }

    /** A backup asked for now, unless another is being made at this moment (then none). */
    Optional<Backup> makeUnlessBusy(String madeBy) {
        if (!making.tryLock()) {
            return Optional.empty();
        }
        try {
            return Optional.of(make(false, madeBy));
        } finally {
            making.unlock();
        }
    }

    private Backup make(boolean nightly, String madeBy) {
        Instant at = Instant.now();
        Path folder = folders.newFolder(at);
        boolean checked = false;
        String outcome;
        try (Connection db = database.getConnection();
             CallableStatement backup = db.prepareCall("CALL SYSCS_UTIL.SYSCS_BACKUP_DATABASE(?)")) {
            backup.setString(1, folder.toString());
            backup.execute();
            outcome = BackupCheck.check(folder.resolve(BackupFolders.DATABASE));
            checked = true;
        } catch (SQLException | RuntimeException failed) {
            outcome = "Failed: " + failed.getMessage();
            LOG.log(Level.SEVERE, "The backup in " + folder + " failed", failed);
        }
        Backup made = new Backup(folder.getFileName().toString(), at, nightly, madeBy, BackupFolders.size(folder),
                checked, outcome);
        folders.writeFacts(folder, made);
        LOG.info(() -> "Backup " + made.name() + ": " + made.outcome());
        return made;
    }
}
