/** The inquiry inbox: the list (urgent first), one inquiry with its history and notes, and the CSV export. */
package com.pks.clinic.web.admin.inquiries;
