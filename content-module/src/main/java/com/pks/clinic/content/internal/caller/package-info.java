/** Who is calling, taken from the container for every revision and event. */
package com.pks.clinic.content.internal.caller;
