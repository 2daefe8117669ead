package com.pks.clinic.admin.internal.audit;

import static com.pks.clinic.admin.api.AdminRoles.ADMINISTRATOR;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

import com.pks.clinic.admin.api.AuditAction;
import com.pks.clinic.admin.api.AuditEntry;
import com.pks.clinic.admin.api.AuditPage;
import com.pks.clinic.admin.api.AuditQuery;
import com.pks.clinic.admin.api.AuditService;
import com.pks.clinic.content.api.SiteSettingsService;

/**
 * The audit log for Administrators. Reading the log is itself an access worth knowing about, so each search and each
 * export is recorded in the same transaction as the read. The caller comes from the container, never from a
 * parameter. Dates are whole days in the clinic's time zone (from the clinic's details), as staff think of them.
 */
@Stateless
@DeclareRoles(ADMINISTRATOR)
@RolesAllowed(ADMINISTRATOR)
public class DefaultAuditService implements AuditService {

    static final int MAX_PAGE_SIZE = 100;
    private static final String AUDIT_LOG = "audit log";

    @PersistenceContext(unitName = "admin")
    private EntityManager em;

    @Inject
    private AuditTrail trail;

    @Inject
    private SiteSettingsService settings;

    @Resource
    private SessionContext session;

    @Override
    @RolesAllowed(ADMINISTRATOR)
    public AuditPage search(AuditQuery query, int page, int size, String clientAddress) {
        Where where = where(query);
        int pageSize = Math.max(1, Math.min(size, MAX_PAGE_SIZE));
        int pageIndex = Math.max(0, Math.min(page, Integer.MAX_VALUE / pageSize)); // the offset must stay an int
        long total = where.count(em).getSingleResult();
        List<AuditEntry> entries = where.newestFirst(em).setFirstResult(pageIndex * pageSize).setMaxResults(pageSize)
                .getResultStream().map(AuditRecord::toEntry).toList();
        trail.record(caller(), AuditAction.AUDIT_SEARCHED, AUDIT_LOG,
                where.description() + "; page " + (pageIndex + 1) + "; " + total + " found", clientAddress, null);
        return new AuditPage(entries, pageIndex, pageSize, total);
    }

    @Override
    @RolesAllowed(ADMINISTRATOR)
    public String exportCsv(AuditQuery query, String clientAddress) {
        Where where = where(query);
        List<AuditEntry> entries = where.newestFirst(em).getResultStream().map(AuditRecord::toEntry).toList();
        trail.record(caller(), AuditAction.AUDIT_EXPORTED, AUDIT_LOG,
                where.description() + "; " + entries.size() + " exported", clientAddress, null);
        return AuditCsv.of(entries, zone());
    }

    private ZoneId zone() {
        return settings.get().zone();
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }

    /** The query's conditions as JPQL, with their parameters and a PHI-free description for the record. */
    private Where where(AuditQuery query) {
        AuditQuery q = query == null ? AuditQuery.ALL : query;
        ZoneId zone = zone();
        Where where = new Where();
        if (q.actor() != null && !q.actor().isBlank()) {
            // by the address the record names, or by the name of the account that has it
            where.add("(lower(r.actor) like :actor escape '\\' or r.actor in (select a.username from StaffAccount a"
                            + " where lower(a.displayName) like :actor escape '\\'))", "actor",
                    "%" + escaped(q.actor()) + "%", "person contains \"" + q.actor().strip() + "\"");
        }
        if (q.about() != null && !q.about().isBlank()) {
            where.add("lower(r.subject) like :about escape '\\'", "about", "%" + escaped(q.about()) + "%",
                    "about contains \"" + q.about().strip() + "\"");
        }
        if (q.action() != null) {
            where.add("r.action = :action", "action", q.action(), "action " + q.action().label());
        }
        if (q.from() != null) {
            where.add("r.at >= :from", "from", AuditRecord.utc(startOf(q.from(), zone)), "from " + q.from());
        }
        if (q.to() != null) {
            where.add("r.at < :to", "to", AuditRecord.utc(startOf(q.to().plusDays(1), zone)), "to " + q.to());
        }
        return where;
    }

    private static Instant startOf(LocalDate day, ZoneId zone) {
        return day.atStartOfDay(zone).toInstant();
    }

    /** Lower case, with LIKE's wildcards taken literally. */
    private static String escaped(String typed) {
        return typed.strip().toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /** The conditions of the filters that are set, as JPQL with parameters and in words. */
    private static final class Where {

        private final StringJoiner jpql = new StringJoiner(" and ", " where ", "").setEmptyValue("");
        private final StringJoiner description = new StringJoiner(", ", "filter: ", "").setEmptyValue("all records");
        private final Map<String, Object> parameters = new HashMap<>();

        void add(String condition, String parameter, Object value, String words) {
            jpql.add(condition);
            parameters.put(parameter, value);
            description.add(words);
        }

        TypedQuery<Long> count(EntityManager em) {
            return bind(em.createQuery("select count(r) from AuditRecord r" + jpql, Long.class));
        }

        TypedQuery<AuditRecord> newestFirst(EntityManager em) {
            return bind(em.createQuery("select r from AuditRecord r" + jpql + " order by r.at desc, r.id desc",
                    AuditRecord.class));
        }

        String description() {
            return description.toString();
        }

        private <T> TypedQuery<T> bind(TypedQuery<T> query) {
            parameters.forEach(query::setParameter);
            return query;
        }
    }
}
