/** Recognizing crisis language in what a person writes, from a list of phrases the clinic can review. */
package com.pks.clinic.inquiry.internal.crisis;
