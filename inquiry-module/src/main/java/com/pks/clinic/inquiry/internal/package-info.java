/** How the inquiry module keeps its promises: entities, persistence and helpers, private to this module. */
package com.pks.clinic.inquiry.internal;
