package com.pks.clinic.admin.api;

import java.util.List;
import java.util.Optional;

/**
 * Backups of the whole database (pages, pictures, accounts, audit log, inquiries), made while the site keeps
 * serving, each checked once made. The encryption keys are not in them: they are kept apart (see the README).
 */
public interface BackupService {

    /** The hour and minute of the nightly backup, in the server's own time zone, in which its timer runs. */
    int NIGHTLY_HOUR = 2;
    int NIGHTLY_MINUTE = 40;

    /**
     * Starts a backup and returns at once: it is made and checked on a thread of its own (it takes seconds to
     * minutes), then listed and audited, good or bad. False when another backup is being made at this moment
     * (nothing is started: the one under way is listed when it is done).
     */
    boolean startBackup(String clientAddress);

    /** The backup being made at this moment, if any. */
    Optional<BackupUnderWay> underWay();

    /** The backups in the backup folder, newest first; the one being made is not among them until it is done. */
    List<Backup> list();

    /** Where the backups are kept, for the console to say. */
    String folder();
}
