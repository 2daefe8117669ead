/** Scoring and banding of the self-check questionnaires: pure logic, tested at every band edge. */
package com.pks.clinic.inquiry.internal.screening;
