/** One's own account: recovery codes shown once, recent sign-ins, a new password. */
package com.pks.clinic.web.admin.account;
