/** Inquiries as stored in {@code inquiry_request} and {@code inquiry_note}, and the service over them. */
package com.pks.clinic.inquiry.internal.submit;
