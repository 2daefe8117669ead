/** Backing beans of the public site's pages, one per view. */
package com.pks.clinic.web.site;
