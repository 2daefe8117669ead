/** Checks the services' input with Bean Validation and reports every problem at once, in plain words. */
package com.pks.clinic.content.internal.validation;
