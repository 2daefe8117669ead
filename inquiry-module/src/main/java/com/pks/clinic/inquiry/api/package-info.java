/**
 * What other modules and the web front end may use of inquiries: the consultation and referral requests that
 * patients, families and clinicians send, the service that stores them and lets the clinic work through them, and
 * the events it fires. Inquiries are health information: nothing here is ever logged.
 */
package com.pks.clinic.inquiry.api;
