/** The first Administrator: the one-time set-up link, the initial account of an automated install, break glass. */
package com.pks.clinic.admin.internal.setup;
