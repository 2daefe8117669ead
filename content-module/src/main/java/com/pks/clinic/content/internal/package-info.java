/** How the content module keeps its promises: entities, persistence and helpers, private to this module. */
package com.pks.clinic.content.internal;
