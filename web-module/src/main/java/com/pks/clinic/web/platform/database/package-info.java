/** The application's one database: where it lives, its migrations at start-up, its clean shutdown. */
package com.pks.clinic.web.platform.database;
