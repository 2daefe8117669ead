/**
 * The public forms that reach the clinic: {@code /contact} (a consultation request), {@code /refer} (a clinician's
 * referral) and {@code /contact/received} (the confirmation). Stateful views, so that the Faces ViewState protects
 * them against cross-site posts; every other public page stays stateless.
 */
package com.pks.clinic.web.site.inquiry;
