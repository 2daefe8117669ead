package com.pks.clinic.web.site.inquiry;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.cdi.Param;

import com.pks.clinic.inquiry.api.InquiryReceipt;

/**
 * The confirmations ({@code /contact/received?ref=}, {@code /refer/received?ref=}): the reference from the address,
 * the urgency only from this browser's session ({@link Receipts}), never from the address.
 */
@Named
@RequestScoped
public class ReceivedBacking {

    private static final String REFERENCE = "[2-9A-Z]{8}";

    @Inject
    @Param
    private String ref;

    @Inject
    private Receipts receipts;

    /** The reference to show, or {@code null} when the address holds none (or something else). */
    public String getReference() {
        return ref != null && ref.matches(REFERENCE) ? ref : null;
    }

    /** Whether the inquiry this session just sent showed signs of crisis. */
    public boolean isUrgent() {
        return receipts.find(getReference()).map(InquiryReceipt::urgent).orElse(false);
    }
}
