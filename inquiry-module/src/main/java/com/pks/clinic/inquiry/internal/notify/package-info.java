/**
 * Telling staff that an inquiry arrived, without a word of what was submitted: a durable outbox written in the
 * inquiry's own transaction, sent after commit and retried with back-off until the mail server accepts it.
 */
package com.pks.clinic.inquiry.internal.notify;
