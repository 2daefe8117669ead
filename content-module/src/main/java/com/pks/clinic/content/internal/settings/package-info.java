/** The clinic's details, one row that editors change and every page shows. */
package com.pks.clinic.content.internal.settings;
