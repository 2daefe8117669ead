package com.pks.clinic.content.internal.readership;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.util.Map;

import com.pks.clinic.content.api.SiteSettingsService;

/**
 * Writes the counted views to the database every ten seconds, adding them to the day's row of each page and
 * referring domain: a few rows at most, so the dashboard is hardly behind. Nothing is written as the application
 * stops (the database is shut down before this bean, and must not be opened again): a stop loses the views of its
 * last ten seconds at most.
 */
@Singleton
public class ViewWriter {

    @PersistenceContext(unitName = "content")
    private EntityManager em;

    @Inject
    private ViewCounter counter;

    @Inject
    private SiteSettingsService settings;

    @Schedule(second = "*/10", minute = "*", hour = "*", persistent = false)
    void everyTenSeconds() {
        write();
    }

    /** Adds what was counted since the last write; also done by the tests, which cannot wait a minute. */
    public void write() {
        counter.useZone(settings.get().zone());
        Map<ViewCounter.Key, Long> pages = counter.takePages();
        Map<ViewCounter.Key, Long> referrers = counter.takeReferrers();
        try {
            add("content_page_views", "path", pages);
            add("content_referrers", "domain", referrers);
        } catch (RuntimeException failed) {
            counter.putBack(pages, referrers); // counted again at the next write, not lost
            throw failed;
        }
    }

    private void add(String table, String column, Map<ViewCounter.Key, Long> counts) {
        counts.forEach((key, views) -> {
            int updated = em.createNativeQuery("UPDATE " + table + " SET views = views + ?1 WHERE day = ?2 AND "
                            + column + " = ?3")
                    .setParameter(1, views).setParameter(2, Date.valueOf(key.day())).setParameter(3, key.what())
                    .executeUpdate();
            if (updated == 0) {
                em.createNativeQuery("INSERT INTO " + table + " (day, " + column + ", views) VALUES (?1, ?2, ?3)")
                        .setParameter(1, Date.valueOf(key.day())).setParameter(2, key.what()).setParameter(3, views)
                        .executeUpdate();
            }
        });
    }
}
