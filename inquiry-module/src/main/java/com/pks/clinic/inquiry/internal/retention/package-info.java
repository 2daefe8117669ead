/** Keeping inquiries no longer than needed: closed and spam ones are deleted after a configured period. */
package com.pks.clinic.inquiry.internal.retention;
