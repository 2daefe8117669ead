/** The site's menu: building it from the pages' places, moving pages in it, keeping its history. */
package com.pks.clinic.content.internal.navigation;
