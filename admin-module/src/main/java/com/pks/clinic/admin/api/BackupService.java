package com.pks.clinic.admin.api;

import java.util.List;

/**
 * Backups of the whole database (pages, pictures, accounts, audit log, inquiries), made while the site keeps
 * serving, each checked once made. The encryption keys are not in them: they are kept apart (see the README).
 */
public interface BackupService {

    /** Makes a backup now and checks it; the result, good or bad, is listed and audited. */
    Backup backUpNow(String clientAddress);

    /** The backups in the backup folder, newest first. */
    List<Backup> list();

    /** Where the backups are kept, for the console to say. */
    String folder();
}
