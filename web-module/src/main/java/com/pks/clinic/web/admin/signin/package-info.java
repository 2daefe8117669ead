/** Signing in to the console and out of it, the first-run set-up page and the idle warning's keep-alive. */
package com.pks.clinic.web.admin.signin;
