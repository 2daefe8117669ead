/** Addresses of the site that other modules put in what they send (notifications), built from the base URL. */
package com.pks.clinic.web.platform.links;
