package com.pks.clinic.web.testing;

/** The referral form ({@code /refer}) as a clinician fills it in. */
public final class ReferralForm {

    private ReferralForm() {
    }

    /**
     * On the form the browser shows: a clinician's details, a patient (leave the name empty to leave out a required
     * answer) and the reason; then sends it, as slowly as a person would.
     */
    public static void send(Browser browser, String patientName, String reason) {
        browser.type("clinicianName", "Ana Ruiz");
        browser.type("practice", "Bitterroot Family Medicine");
        browser.type("clinicianPhone", "406-555-0100");
        browser.type("clinicianEmail", "ana@example.org");
        browser.type("patientName", patientName);
        browser.type("patientPhone", "406-555-0101");
        browser.type("reason", reason);
        browser.submitAtHumanPace("send");
    }
}
