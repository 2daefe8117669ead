/**
 * What other modules may use of inquiries: the consultation and referral requests patients and clinicians send,
 * screeners, and the crisis safety net. The services arrive with the inquiry form; this package marks the module's
 * public face so that the architecture test can keep its internals private from the start.
 */
package com.pks.clinic.inquiry.api;
