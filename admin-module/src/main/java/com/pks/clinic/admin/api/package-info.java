/**
 * What the web console may use of administration: accounts, roles, sign-in and the audit log. The services arrive
 * with the admin console; this package marks the module's public face so that the architecture test can keep its
 * internals private from the start.
 */
package com.pks.clinic.admin.api;
