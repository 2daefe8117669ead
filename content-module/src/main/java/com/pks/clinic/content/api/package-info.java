/**
 * What other modules and the web front end may use of the clinic's content: the services, the records they
 * return and the events they fire. Nothing here exposes an entity.
 */
package com.pks.clinic.content.api;
