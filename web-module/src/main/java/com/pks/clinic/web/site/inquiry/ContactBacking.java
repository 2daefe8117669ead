package com.pks.clinic.web.site.inquiry;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
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
import com.pks.clinic.web.site.SelfCheckSeal;

/** {@code /contact}: a patient's or family member's request for a consultation. */
@Named
@ViewScoped
public class ContactBacking extends InquiryFormBacking {

    private static final long serialVersionUID = 1L;

    private String name;
    private String phone;
    private String email;
    private ContactPreference preferredContact; // optional: see howToReach()
    private String bestTimeToCall;
    private ForWhom forWhom = ForWhom.MYSELF;
    private String message;
    private String heardAbout;
    private boolean consentToContact;
    private boolean thinkingOfSelfHarm;
    private ScreeningResult attachedResult;
    private List<Integer> attachedAnswers;
    private String attachedSeal;

    @Inject
    private ScreeningService screening;

    @Inject
    private SelfCheckSeal seal;

    public ContactBacking() {
        super(ConsultationRequest.class);
    }

    /**
     * Arriving from a self-check result (the result page's own post, with the questionnaire, its answers and the
     * seal the site made for them), or from this form built again after its view expired (which carries them on):
     * the result is scored again here, never taken from the browser, and shown so that the person can still remove
     * it. A link, a GET or a post without a valid seal attaches nothing.
     */
    @PostConstruct
    void attachSelfCheck() {
        String screenerSlug = Faces.getRequestParameter("selfCheck");
        String answers = Faces.getRequestParameter("answers");
        String sealed = Faces.getRequestParameter("seal");
        String browserValue = Faces.getRequestCookie(SelfCheckSeal.COOKIE);
        if (!"POST".equals(Faces.getRequest().getMethod())
                || !seal.isValid(screenerSlug, answers, browserValue, sealed)) {
            return;
        }
        Screener.bySlug(screenerSlug).ifPresent(s -> {
            try {
                attachedAnswers = Arrays.stream(answers.split(",", -1))
                        .map(a -> a.matches("[0-9]") ? Integer.valueOf(a) : null).toList();
                attachedResult = screening.score(s, attachedAnswers);
                attachedSeal = sealed;
            } catch (IncompleteScreeningException ignored) {
                attachedAnswers = null; // a partial result is simply not attached
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

    /** The way the person chose; without a choice, a call if they gave a phone number, else an e-mail. */
    private ContactPreference howToReach() {
        if (preferredContact != null) {
            return preferredContact;
        }
        return phone == null || phone.isBlank() ? ContactPreference.EMAIL : ContactPreference.PHONE;
    }

    @Override
    protected InquiryReceipt store() {
        ConsultationRequest request = new ConsultationRequest(name, phone, email, howToReach(), bestTimeToCall,
                forWhom, message, heardAbout, consentToContact, thinkingOfSelfHarm);
        // the service scores the answers itself: it takes no result from here
        return attachedResult == null ? inquiries.submit(request)
                : inquiries.submit(request, attachedResult.screener(), attachedAnswers);
    }

    /** The person changed their mind: the result is not sent. */
    public void removeAttachedResult() {
        attachedResult = null;
        attachedAnswers = null;
        attachedSeal = null;
    }

    public ScreeningResult getAttachedResult() {
        return attachedResult;
    }

    /** The attached result's answers ("1,0,3,…"), carried in the form with its seal in case its view expires. */
    public String getAttachedAnswers() {
        return attachedAnswers == null ? null
                : attachedAnswers.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    public String getAttachedSeal() {
        return attachedSeal;
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
