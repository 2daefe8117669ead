/**
 * The admin console under {@code /admin}: what every console screen shares ({@link com.pks.clinic.web.admin.Console},
 * used by {@code /WEB-INF/templates/admin.xhtml}) and the dashboard ({@code /admin}). Each further screen gets a
 * package of its own that mirrors its URL, such as {@code web.admin.pages} for {@code /admin/pages}.
 */
package com.pks.clinic.web.admin;
