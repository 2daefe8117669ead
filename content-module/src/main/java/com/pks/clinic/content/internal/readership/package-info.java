/** What visitors read, counted by the server without trackers: views per page and day, referring sites by domain. */
package com.pks.clinic.content.internal.readership;
