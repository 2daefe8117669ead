/** The clinic's time zone and how times are written for staff. */
package com.pks.clinic.web.platform.time;
