package com.pks.clinic.inquiry.internal.notify;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import com.pks.clinic.inquiry.api.InquirySubmitted;

/** Starts sending as soon as an inquiry's transaction has committed, without making the person wait for it. */
@ApplicationScoped
public class AfterCommit {

    @Inject
    private StaffNotifier notifier;

    void inquiryStored(@Observes(during = TransactionPhase.AFTER_SUCCESS) InquirySubmitted event) {
        notifier.sendSoon();
    }
}
