/** Protections every response gets, whatever page it is. */
package com.pks.clinic.web.platform.security;
