/**
 * The console's screens for the site's lists (team, questions, conditions, articles): one set of screens,
 * {@code /admin/lists?list=}, {@code /admin/lists/edit}, {@code /admin/lists/history} and {@code /admin/lists/preview},
 * labelled for each list by {@link com.pks.clinic.web.admin.lists.ListScreen}.
 */
package com.pks.clinic.web.admin.lists;
