package com.pks.clinic.web.site.inquiry;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import org.omnifaces.util.Faces;

import com.pks.clinic.inquiry.api.ConsultationRequest;
import com.pks.clinic.inquiry.api.ContactPreference;
import com.pks.clinic.inquiry.api.ForWhom;
import com.pks.clinic.inquiry.api.IncompleteScreeningException;
import com.pks.clinic.inquiry.api.InquiryKind;
import com.pks.clinic.inquiry.api.InquiryReceipt;
import com.pks.clinic.inquiry.api.Screener;
import com.pks.clinic.inquiry.api.ScreeningResult;
import com.pks.clinic.inquiry.api.ScreeningService;

/** {@code /contact}: a patient's or family member's request for a consultation. */
@Named
@ViewScoped
public class ContactBacking extends InquiryFormBacking {

    private static final long serialVersionUID = 1L;

    private String name;
    private String phone;
    private String email;
    private ContactPreference preferredContact = ContactPreference.PHONE;
    private String bestTimeToCall;
    private ForWhom forWhom = ForWhom.MYSELF;
    private String message;
    private String heardAbout;
    private boolean consentToContact;
    private boolean thinkingOfSelfHarm;
    private ScreeningResult attachedResult;
    private String attachedAnswers;

    @Inject
    private ScreeningService screening;

    public ContactBacking() {
        super(ConsultationRequest.class);
    }

    /**
     * Arriving from a self-check result (a plain post with the questionnaire and its answers), or from this form
     * built again after its view expired (which carries them on): the result is scored again here, never taken from
     * the browser, and shown so that the person can still remove it.
     */
    @PostConstruct
    void attachSelfCheck() {
        String screenerSlug = Faces.getRequestParameter("selfCheck");
        String answers = Faces.getRequestParameter("answers");
        if (screenerSlug == null || answers == null) {
            return;
        }
        Screener.bySlug(screenerSlug).ifPresent(s -> {
            try {
                attachedResult = screening.score(s, Arrays.stream(answers.split(",", -1))
                        .map(a -> a.matches("[0-9]") ? Integer.valueOf(a) : null).toList());
                attachedAnswers = answers;
            } catch (IncompleteScreeningException ignored) {
                // a tampered or partial result is simply not attached
            }
        });
    }

    @Override
    protected InquiryKind kind() {
        return InquiryKind.CONSULTATION;
    }

    @Override
    protected String confirmationPath() {
        return "contact/received";
    }

    @Override
    protected InquiryReceipt store() {
        return inquiries.submit(new ConsultationRequest(name, phone, email, preferredContact, bestTimeToCall, forWhom,
                message, heardAbout, consentToContact, thinkingOfSelfHarm), attachedResult);
    }

    /** The person changed their mind: the result is not sent. */
    public void removeAttachedResult() {
        attachedResult = null;
        attachedAnswers = null;
    }

    public ScreeningResult getAttachedResult() {
        return attachedResult;
    }

    /** The attached result's answers, carried in the form in case its view expires. */
    public String getAttachedAnswers() {
        return attachedAnswers;
    }

    public ContactPreference[] getContactPreferences() {
        return ContactPreference.values();
    }

    public ForWhom[] getForWhomChoices() {
        return ForWhom.values();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public ContactPreference getPreferredContact() {
        return preferredContact;
    }

    public void setPreferredContact(ContactPreference preferredContact) {
        this.preferredContact = preferredContact;
    }

    public String getBestTimeToCall() {
        return bestTimeToCall;
    }

    public void setBestTimeToCall(String bestTimeToCall) {
        this.bestTimeToCall = bestTimeToCall;
    }

    public ForWhom getForWhom() {
        return forWhom;
    }

    public void setForWhom(ForWhom forWhom) {
        this.forWhom = forWhom;
    }

    public String getMessage() {
        return message;
    }

    public void setMessage(String message) {
        this.message = message;
    }

    public String getHeardAbout() {
        return heardAbout;
    }

    public void setHeardAbout(String heardAbout) {
        this.heardAbout = heardAbout;
    }

    public boolean isConsentToContact() {
        return consentToContact;
    }

    public void setConsentToContact(boolean consentToContact) {
        this.consentToContact = consentToContact;
    }

    public boolean isThinkingOfSelfHarm() {
        return thinkingOfSelfHarm;
    }

    public void setThinkingOfSelfHarm(boolean thinkingOfSelfHarm) {
        this.thinkingOfSelfHarm = thinkingOfSelfHarm;
    }
}
