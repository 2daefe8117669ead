package com.pks.clinic.admin.api;

import java.util.List;
import java.util.Optional;

/**
 * Backups of the whole database (pages, pictures, accounts, audit log, inquiries), made while the site keeps
 * serving, each checked once made. The encryption keys are not in them: they are kept apart (see the README).
 */
public interface BackupService {

    /**
     * Makes a backup now and checks it; the result, good or bad, is listed and audited. None when another backup
     * is being made at this moment (nothing is started: the one under way is listed when it is done).
     */
    Optional<Backup> backUpNow(String clientAddress);

    /** The backups in the backup folder, newest first. */
    List<Backup> list();

    /** Where the backups are kept, for the console to say. */
    String folder();
}
