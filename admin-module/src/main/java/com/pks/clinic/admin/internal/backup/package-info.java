/** Backups of the database: made online, checked on a scratch copy, listed, kept for a while, audited. */
package com.pks.clinic.admin.internal.backup;
