/** The console's media library: {@code /admin/media} and {@code /admin/media/edit}. */
package com.pks.clinic.web.admin.media;
