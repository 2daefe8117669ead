/**
 * How the content module's entities map to columns that every supported database understands, and the parts
 * they share.
 */
package com.pks.clinic.content.internal.persistence;
