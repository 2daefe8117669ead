package com.pks.clinic.content.internal.readership;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static com.pks.clinic.content.api.ContentRoles.ADMINISTRATOR;
import static com.pks.clinic.content.api.ContentRoles.EDITOR;

import com.pks.clinic.content.api.Readership;
import com.pks.clinic.content.api.ReadershipService;
import com.pks.clinic.content.api.SiteSettingsService;

/** Reads the written counts of what visitors read (ten seconds behind, at most). */
@Stateless
@DeclareRoles({ADMINISTRATOR, EDITOR})
public class DefaultReadershipService implements ReadershipService {

    private static final int TOP = 10;

    @PersistenceContext(unitName = "content")
    private EntityManager em;

    @Inject
    private SiteSettingsService settings;

    @Override
    @RolesAllowed({ADMINISTRATOR, EDITOR})
    public Readership lastDays(int days) {
        LocalDate today = LocalDate.now(settings.get().zone());
        LocalDate from = today.minusDays(Math.max(1, Math.min(days, 366)) - 1L);
        Map<LocalDate, Long> perDay = new HashMap<>();
        for (Object[] row : rows("SELECT day, SUM(views) FROM content_page_views WHERE day >= ?1 GROUP BY day",
                from, Integer.MAX_VALUE)) {
            perDay.put(((Date) row[0]).toLocalDate(), ((Number) row[1]).longValue());
        }
        List<Readership.Count> byDay = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(today); day = day.plusDays(1)) {
            byDay.add(new Readership.Count(day.toString(), perDay.getOrDefault(day, 0L)));
        }
        long total = byDay.stream().mapToLong(Readership.Count::views).sum();
        return new Readership(from, total, byDay, top("content_page_views", "path", from),
                top("content_referrers", "domain", from));
    }

    private List<Readership.Count> top(String table, String column, LocalDate from) {
        return rows("SELECT " + column + ", SUM(views) AS total FROM " + table + " WHERE day >= ?1 GROUP BY "
                + column + " ORDER BY total DESC, " + column, from, TOP).stream()
                .map(row -> new Readership.Count((String) row[0], ((Number) row[1]).longValue())).toList();
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, LocalDate from, int limit) {
        return em.createNativeQuery(sql).setParameter(1, Date.valueOf(from)).setMaxResults(limit).getResultList();
    }
}
