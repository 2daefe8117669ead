/** Inquiries as a spreadsheet file: CSV that opens safely, with nothing a spreadsheet would run as a formula. */
package com.pks.clinic.inquiry.internal.export;
