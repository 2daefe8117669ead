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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Semaphore;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

import com.pks.clinic.admin.api.Backup;
import com.pks.clinic.admin.api.BackupUnderWay;

/**
 * Makes one backup: Derby copies the running database into a new folder ({@code SYSCS_BACKUP_DATABASE}: readers and
 * writers go on meanwhile), the copy is checked ({@link BackupCheck}), and what happened is written beside it. Called
 * outside any transaction: Derby refuses a backup inside one that has written. One backup at a time: the nightly one
 * waits for one under way; one asked for from the console is made on another thread (it takes seconds to minutes,
 * and the server has few request threads), or not at all while another is being made.
 */
@ApplicationScoped
public class BackupMaker {

    private static final Logger LOG = Logger.getLogger(BackupMaker.class.getName());

    @Resource(lookup = "java:app/jdbc/clinic")
    private DataSource database;

    @Inject
    BackupFolders folders;

    /** A permit, not a lock: the request thread takes it and the thread that makes the backup gives it back. */
    final Semaphore making = new Semaphore(1);
    private volatile BackupUnderWay underWay;

    Backup makeNightly() {
        making.acquireUninterruptibly();
        return make(begin(true, "system"));
    }

    /**
     * Starts a backup asked for now on the executor, unless another is being made at this moment (then none): its
     * folder is made before this returns, so the console shows it under way at once.
     */
    Optional<CompletableFuture<Backup>> startUnlessBusy(String madeBy, Executor executor) {
        if (!making.tryAcquire()) {
            return Optional.empty();
        }
        Path folder = begin(false, madeBy);
        try {
            return Optional.of(CompletableFuture.supplyAsync(() -> make(folder), executor));
        } catch (RuntimeException notStarted) {
            end();
            throw notStarted;
        }
    }

    Optional<BackupUnderWay> underWay() {
        return Optional.ofNullable(underWay);
    }

    /** With the permit taken: the backup's folder, shown under way from now on (or the permit back on failure). */
    private Path begin(boolean nightly, String madeBy) {
        try {
            Instant at = Instant.now();
            Path folder = folders.newFolder(at);
            underWay = new BackupUnderWay(folder.getFileName().toString(), at, nightly, madeBy);
            return folder;
        } catch (RuntimeException notBegun) {
            end();
            throw notBegun;
        }
    }

    private void end() {
        underWay = null;
        making.release();
    }

    /** Makes the backup that {@link #begin} started, then lets the next one begin. */
    private Backup make(Path folder) {
        BackupUnderWay started = underWay;
        try {
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
            Backup made = new Backup(started.name(), started.startedAt(), started.nightly(), started.startedBy(),
                    BackupFolders.size(folder), checked, outcome);
            folders.writeFacts(folder, made);
            LOG.info(() -> "Backup " + made.name() + ": " + made.outcome());
            return made;
        } finally {
            end();
        }
    }
}
