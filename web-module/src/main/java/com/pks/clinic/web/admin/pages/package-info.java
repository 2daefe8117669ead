/**
 * The content editor's screens: the list of pages, the editor (formatted text with autosave, preview, publish,
 * schedule, address and delete), a page's history with comparisons, and the menu.
 */
package com.pks.clinic.web.admin.pages;
