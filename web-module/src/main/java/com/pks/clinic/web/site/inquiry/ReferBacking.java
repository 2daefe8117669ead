package com.pks.clinic.web.site.inquiry;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import com.pks.clinic.inquiry.api.InquiryKind;
import com.pks.clinic.inquiry.api.InquiryReceipt;
import com.pks.clinic.inquiry.api.Referral;

/** {@code /refer}: a clinician's referral of a patient, minimal by design. */
@Named
@ViewScoped
public class ReferBacking extends InquiryFormBacking {

    private static final long serialVersionUID = 1L;

    private String clinicianName;
    private String practice;
    private String clinicianPhone;
    private String clinicianEmail;
    private String patientName;
    private String patientPhone;
    private String patientEmail;
    private String reason;

    public ReferBacking() {
        super(Referral.class);
    }

    @Override
    protected InquiryKind kind() {
        return InquiryKind.REFERRAL;
    }

    @Override
    protected String confirmationPath() {
        return "refer/received";
    }

    @Override
    protected InquiryReceipt store() {
        return inquiries.submit(new Referral(clinicianName, practice, clinicianPhone, clinicianEmail, patientName,
                patientPhone, patientEmail, reason));
    }

    public String getClinicianName() {
        return clinicianName;
    }

    public void setClinicianName(String clinicianName) {
        this.clinicianName = clinicianName;
    }

    public String getPractice() {
        return practice;
    }

    public void setPractice(String practice) {
        this.practice = practice;
    }

    public String getClinicianPhone() {
        return clinicianPhone;
    }

    public void setClinicianPhone(String clinicianPhone) {
        this.clinicianPhone = clinicianPhone;
    }

    public String getClinicianEmail() {
        return clinicianEmail;
    }

    public void setClinicianEmail(String clinicianEmail) {
        this.clinicianEmail = clinicianEmail;
    }

    public String getPatientName() {
        return patientName;
    }

    public void setPatientName(String patientName) {
        this.patientName = patientName;
    }

    public String getPatientPhone() {
        return patientPhone;
    }

    public void setPatientPhone(String patientPhone) {
        this.patientPhone = patientPhone;
    }

    public String getPatientEmail() {
        return patientEmail;
    }

    public void setPatientEmail(String patientEmail) {
        this.patientEmail = patientEmail;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
