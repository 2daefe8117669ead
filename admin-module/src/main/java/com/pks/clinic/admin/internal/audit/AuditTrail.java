package com.pks.clinic.admin.internal.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Objects;

import com.pks.clinic.admin.api.AuditAction;
import com.pks.clinic.admin.api.AuditEntry;

/**
 * Writes audit records, the one way into {@code admin_audit}. It only ever joins the caller's transaction, so that an
 * action and its record commit or roll back together: called without one, it refuses rather than write a record
 * that could outlive, or miss, the action it records.
 */
@ApplicationScoped
public class AuditTrail {

    public static final String SYSTEM = AuditEntry.SYSTEM;
    public static final String ANONYMOUS = AuditEntry.ANONYMOUS;

    @PersistenceContext(unitName = "admin")
    private EntityManager em;

    /**
     * Records that something happened. Never pass what a patient wrote: inquiries go by id and reference.
     *
     * @param actor   the account's name; {@code null} or blank means {@value #ANONYMOUS}
     * @param subject what was acted on, such as {@code page home}, or {@code null}
     * @param detail  a short, PHI-free detail, or {@code null}
     * @param address the client's network address, or {@code null} for jobs
     * @param at      when it happened; {@code null} means now
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String actor, AuditAction action, String subject, String detail, String address, Instant at) {
        em.persist(new AuditRecord(at == null ? Instant.now() : at,
                actor == null || actor.isBlank() ? ANONYMOUS : actor.strip(),
                Objects.requireNonNull(action, "action"), subject, detail, address));
    }
}
