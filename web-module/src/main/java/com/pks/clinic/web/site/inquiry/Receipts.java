package com.pks.clinic.web.site.inquiry;

import jakarta.enterprise.context.SessionScoped;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import com.pks.clinic.inquiry.api.InquiryReceipt;

/**
 * The inquiries this browser sent, kept in its session for the confirmation page: the address carries only the
 * reference, so that a shared computer's history never says that someone reported thoughts of self-harm. A
 * confirmation opened in another session (or after it ended) shows the plain thank-you, never another's urgency.
 */
@SessionScoped
public class Receipts implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int KEPT = 5;

    private final Map<String, InquiryReceipt> byReference = new LinkedHashMap<>();

    synchronized void keep(InquiryReceipt receipt) {
        byReference.put(receipt.reference(), receipt);
        if (byReference.size() > KEPT) {
            byReference.remove(byReference.keySet().iterator().next());
        }
    }

    public synchronized Optional<InquiryReceipt> find(String reference) {
        return Optional.ofNullable(reference).map(byReference::get);
    }
}
