package com.pks.clinic.admin.api;

import java.time.Instant;

/**
 * One backup of the database, as the console lists it.
 *
 * @param name      the backup's folder, such as {@code 2026-12-01T093000Z}: what the restore command is given
 * @param nightly   made by the nightly schedule (else from the console, by {@code madeBy})
 * @param checked   whether a scratch copy of it opened and every table passed Derby's consistency check
 * @param outcome   in words: what was checked, or what failed
 */
public record Backup(String name, Instant madeAt, boolean nightly, String madeBy, long bytes, boolean checked,
                     String outcome) {
}
