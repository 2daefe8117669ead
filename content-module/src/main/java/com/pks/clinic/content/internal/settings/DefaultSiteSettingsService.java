package com.pks.clinic.content.internal.settings;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;

import com.pks.clinic.content.api.Actor;
import com.pks.clinic.content.api.ConcurrentEditException;
import com.pks.clinic.content.api.SiteSettings;
import com.pks.clinic.content.api.SiteSettingsService;
import com.pks.clinic.content.internal.validation.InputCheck;

/** Reads and changes the one row of site settings that the migrations seeded. */
@Stateless
public class DefaultSiteSettingsService implements SiteSettingsService {

    @PersistenceContext(unitName = "content")
    private EntityManager em;

    @Inject
    private InputCheck input;

    @Override
    public SiteSettings get() {
        return row().toSettings();
    }

    @Override
    public SiteSettings update(SiteSettings changed, Actor actor) {
        input.require(changed, actor);
        SettingsRow row = row();
        if (row.version() != changed.version()) {
            throw new ConcurrentEditException("The site settings");
        }
        row.change(changed, actor.username(), Instant.now());
        try {
            em.flush();
        } catch (OptimisticLockException raced) {
            throw new ConcurrentEditException("The site settings");
        }
        return row.toSettings();
    }

    private SettingsRow row() {
        return em.find(SettingsRow.class, SettingsRow.ID);
    }
}
