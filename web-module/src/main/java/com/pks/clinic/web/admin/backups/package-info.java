/** The console's backups screen: {@code /admin/backups}, for Administrators. */
package com.pks.clinic.web.admin.backups;
