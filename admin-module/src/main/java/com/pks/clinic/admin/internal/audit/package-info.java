/**
 * The audit log: one append-only record for every staff action and every read of patient data, written in the
 * transaction of the action itself (synchronous observers of the other modules' {@code api} events), searched and
 * exported by Administrators only, and kept for the retention period.
 */
package com.pks.clinic.admin.internal.audit;
