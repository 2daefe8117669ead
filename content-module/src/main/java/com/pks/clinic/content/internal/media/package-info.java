/** The media library: uploaded pictures made safe (re-encoded, without metadata), their variants and their uses. */
package com.pks.clinic.content.internal.media;
