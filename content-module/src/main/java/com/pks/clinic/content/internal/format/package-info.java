/** Formatted text: what markup an editor may use, and how everything else is removed before it is stored. */
package com.pks.clinic.content.internal.format;
