/**
 * The Jakarta Faces front end. Packages mirror URLs: {@code web.site} serves the public pages, {@code web.admin}
 * the console; {@code web.platform} holds what the application as a whole needs (database, health, headers).
 */
package com.pks.clinic.web;
