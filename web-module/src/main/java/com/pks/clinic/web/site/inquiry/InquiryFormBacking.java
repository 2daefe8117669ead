package com.pks.clinic.web.site.inquiry;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.Serializable;
import java.lang.reflect.RecordComponent;
import java.sql.SQLTransientException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.omnifaces.util.Faces;

import com.pks.clinic.inquiry.api.InquiryKind;
import com.pks.clinic.inquiry.api.InquiryReceipt;
import com.pks.clinic.inquiry.api.InquiryService;
import com.pks.clinic.inquiry.api.InvalidInquiryException;
import com.pks.clinic.web.platform.client.ClientAddress;
import com.pks.clinic.web.platform.database.DataDisk;

/**
 * What the contact and referral forms share: the spam checks, one service call, the messages next to each field,
 * and the redirect to the confirmation (post-redirect-get, so a reload sends nothing twice). Whatever went wrong,
 * everything the person typed stays in the form. Nothing they typed is ever logged.
 *
 * <p>A form whose view has expired (the page stayed open longer than the session) is built again from the post
 * ({@code o:enableRestorableView}), so that nothing typed is lost. Such a post may as well come from another site,
 * so it sends nothing: the form shows the answers again, to be sent on purpose with a valid ViewState.
 */
public abstract class InquiryFormBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(InquiryFormBacking.class.getName());
    private static final int STORE_ATTEMPTS = 3;
    private static final String CANNOT_STORE = "Our website cannot take messages just now, so yours has not been sent. "
            + "Your answers are still here. Please call us instead: we would like to hear from you.";
    private static final String REBUILT_FROM_POST = InquiryFormBacking.class.getName() + ".rebuiltFromPost";

    /** The records' cross-field rules, shown next to the field a person would correct. */
    private static final Map<String, String> FIELD_OF_RULE = Map.of(
            "reachable", "phone",
            "phoneGivenToCall", "preferredContact",
            "emailGivenToWrite", "preferredContact",
            "consentGiven", "consentToContact",
            "patientReachable", "patientPhone");

    @Inject
    InquiryService inquiries;

    @Inject
    private SubmissionGuard guard;

    @Inject
    private ClientAddress client;

    @Inject
    private Receipts receipts;

    @Inject
    private DataDisk disk;

    /** The request record's components, in the order the form asks for them. */
    private final List<String> fieldOrder;
    private final Instant shownAt = Instant.now();
    private String website;
    private Map<String, String> errors = Map.of();
    private String refusal;

    protected InquiryFormBacking(Class<? extends Record> request) {
        fieldOrder = Arrays.stream(request.getRecordComponents()).map(RecordComponent::getName).toList();
    }

    /** Created by a post rather than by showing the form: its view was built again in this very request. */
    @PostConstruct
    void noteHowTheFormWasBuilt() {
        if (Faces.isPostback()) {
            Faces.setRequestAttribute(REBUILT_FROM_POST, true);
        }
    }

    /** Stores the form's inquiry through the service. */
    protected abstract InquiryReceipt store();

    /** What kind of inquiry the form sends, for its own hourly limit. */
    protected abstract InquiryKind kind();

    /** Where the confirmation is, relative to the form's address (the urgency stays in the session, never in it). */
    protected abstract String confirmationPath();

    /** Sends the form: the action of its button. */
    public void send() throws IOException {
        errors = Map.of();
        refusal = null;
        if (Faces.getRequestAttribute(REBUILT_FROM_POST) != null) {
            refusal = "This form was open for a long time, or it was not sent from this site, so nothing has been "
                    + "sent yet. Your answers are still here: please check them and send the form again.";
            return;
        }
        if (!disk.isWritable()) {
            refusal = CANNOT_STORE;
            return;
        }
        Optional<SubmissionGuard.Refusal> automated = guard.screen(website, shownAt);
        if (automated.isPresent()) {
            refusal = automated.get().message();
            return;
        }
        Optional<SubmissionGuard.Place> place = guard.reserve(client.limitKey(), kind());
        if (place.isEmpty()) {
            refusal = SubmissionGuard.Refusal.TOO_MANY.message();
            return;
        }
        Optional<InquiryReceipt> stored = storeOrSayWhy();
        if (stored.isEmpty()) {
            guard.release(place.get()); // not stored: only stored inquiries count against the limit
            return;
        }
        receipts.keep(stored.get());
        Faces.redirect(confirmationPath() + "?ref=" + stored.get().reference());
    }

    /**
     * The stored inquiry's receipt, or empty with the answers to correct or the failure explained. A failure that the
     * database calls transient (its transaction rolled back whole, e.g. Derby's identity generator busy under many
     * inquiries at once, DERBY-7002) is tried again at once, so that the person is not asked to.
     */
    private Optional<InquiryReceipt> storeOrSayWhy() {
        for (int attempt = 1; ; attempt++) {
            try {
                return Optional.of(store());
            } catch (InvalidInquiryException invalid) {
                errors = byField(invalid.problems());
                return Optional.empty();
            } catch (RuntimeException failure) {
                if (attempt < STORE_ATTEMPTS && rolledBackForNow(failure)) {
                    LOG.log(Level.INFO, "Storing an inquiry was rolled back for now ({0}); trying again",
                            failure.getClass().getName());
                    continue;
                }
                LOG.log(Level.SEVERE, "An inquiry could not be stored ({0}); the person was asked to try again or "
                        + "call", failure.getClass().getName());
                refusal = "We could not save your message just now, so it has not been sent. Your answers are "
                        + "still here: please try again in a minute, or call us.";
                return Optional.empty();
            }
        }
    }

    /** Whether the failure is a transaction that the database rolled back and that may succeed if tried again. */
    static boolean rolledBackForNow(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLTransientException) {
                return true;
            }
        }
        return false;
    }

    /** Whether the site can store a message now: when it cannot, the form says so before anything is typed. */
    public boolean isTakingMessages() {
        return disk.isWritable();
    }

    /** Whether the last send was refused or had answers to correct: the page says so from its title on. */
    public boolean isSentBack() {
        return refusal != null || !errors.isEmpty();
    }

    /** The message for this field, or {@code null}. */
    public String error(String field) {
        return errors.get(field);
    }

    public boolean invalid(String field) {
        return errors.containsKey(field);
    }

    public Map<String, String> getErrors() {
        return errors;
    }

    /** Why the whole submission was refused (spam checks, a failure to store), or {@code null}. */
    public String getRefusal() {
        return refusal;
    }

    /** The honeypot: a field people never see or reach; only robots fill it in. */
    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = website;
    }

    /** The problems by the field a person would correct, in the order of the form. */
    private Map<String, String> byField(Map<String, String> problems) {
        Map<String, String> byField = new HashMap<>();
        problems.forEach((field, message) -> byField.merge(FIELD_OF_RULE.getOrDefault(field, field), message,
                (first, second) -> first + " " + second));
        return byField.entrySet().stream()
                .sorted(Map.Entry.comparingByKey(Comparator.comparingInt(this::position)
                        .thenComparing(Comparator.naturalOrder())))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (first, second) -> first,
                        LinkedHashMap::new));
    }

    private int position(String field) {
        int position = fieldOrder.indexOf(field);
        return position < 0 ? fieldOrder.size() : position;
    }
}
