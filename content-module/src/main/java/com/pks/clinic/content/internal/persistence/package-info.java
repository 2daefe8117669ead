/** How the content module's entities map to columns that every supported database understands. */
package com.pks.clinic.content.internal.persistence;
