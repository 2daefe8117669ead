/** Pages: their rows in {@code content_page} and the service that reads and changes them. */
package com.pks.clinic.content.internal.page;
