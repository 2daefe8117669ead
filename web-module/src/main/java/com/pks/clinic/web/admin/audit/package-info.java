/**
 * The audit log screen ({@code /admin/audit}, Administrators): a GET search with bookmarkable addresses, pages of
 * records newest first, and the same search as a CSV download ({@code /admin/audit/export}).
 */
package com.pks.clinic.web.admin.audit;
