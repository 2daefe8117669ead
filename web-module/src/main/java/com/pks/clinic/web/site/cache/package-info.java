/**
 * The public pages that every reader sees alike, rendered once and served from memory until anything they show is
 * republished: with their ETag, their length and their compressed form made once, not per request.
 */
package com.pks.clinic.web.site.cache;
