/** The media library's pictures as the public site serves and draws them. */
package com.pks.clinic.web.site.media;
