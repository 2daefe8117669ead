/**
 * What the web console may use of administration: the roles, staff accounts, the sign-in's credential and
 * principal, the first-run set-up and the audit log. Entities and the identity store stay internal.
 */
package com.pks.clinic.admin.api;
