package com.pks.clinic.admin.api;

import java.time.Instant;

/**
 * The backup being made at this moment, as the console shows it until it is done.
 *
 * @param name      the folder it is being made in: not yet a backup, so the list leaves it out
 * @param nightly   started by the nightly schedule (else from the console, by {@code startedBy})
 */
public record BackupUnderWay(String name, Instant startedAt, boolean nightly, String startedBy) {
}
