package com.pks.clinic.admin.internal.audit;

import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.pks.clinic.admin.api.AuditAction;

/**
 * Deletes audit records older than {@code clinic.audit.retention-days} every night (six years by default, the usual
 * HIPAA period for keeping such documentation), and records that it did, in the same transaction. One purge at a
 * time; a period of zero or less is refused rather than taken to mean "delete everything". A job of this module: no
 * api exposes it.
 */
@Singleton
@Lock(LockType.WRITE)
public class AuditRetention {

    private static final Logger LOG = Logger.getLogger(AuditRetention.class.getName());

    @PersistenceContext(unitName = "admin")
    private EntityManager em;

    @Inject
    private AuditTrail trail;

    @Inject
    @ConfigProperty(name = "clinic.audit.retention-days", defaultValue = "2192")
    int retentionDays;

    @Schedule(hour = "4", minute = "7", persistent = false)
    public void nightly() {
        if (retentionDays < 1) {
            LOG.severe(() -> "clinic.audit.retention-days is " + retentionDays + ": no audit record was deleted");
            return;
        }
        purgeOlderThan(Instant.now().minus(Duration.ofDays(retentionDays)));
    }

    /** Deletes the records from before the cutoff, records the purge, and returns how many were deleted. */
    public int purgeOlderThan(Instant cutoff) {
        int deleted = em.createQuery("delete from AuditRecord r where r.at < :cutoff")
                .setParameter("cutoff", AuditRecord.utc(cutoff)).executeUpdate();
        trail.record(AuditTrail.SYSTEM, AuditAction.AUDIT_PURGED, "audit log",
                deleted + (deleted == 1 ? " record" : " records") + " from before "
                        + cutoff.truncatedTo(ChronoUnit.SECONDS) + " deleted", null, null);
        LOG.info(() -> "Audit retention: deleted " + deleted + " records from before " + cutoff);
        return deleted;
    }
}
