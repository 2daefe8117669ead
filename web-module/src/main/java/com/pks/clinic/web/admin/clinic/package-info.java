/** The console's screen of the clinic's details: {@code /admin/clinic}. */
package com.pks.clinic.web.admin.clinic;
