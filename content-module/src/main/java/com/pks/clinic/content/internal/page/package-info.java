/** Pages: the public site's addresses, their text as editors change it, and which words no page may take. */
package com.pks.clinic.content.internal.page;
