package com.pks.clinic.content.internal.settings;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;

import static com.pks.clinic.content.api.ContentRoles.ADMINISTRATOR;
import static com.pks.clinic.content.api.ContentRoles.EDITOR;

import com.pks.clinic.content.api.Actor;
import com.pks.clinic.content.api.ConcurrentEditException;
import com.pks.clinic.content.api.SiteSettings;
import com.pks.clinic.content.api.SiteSettingsChanged;
import com.pks.clinic.content.api.SiteSettingsService;
import com.pks.clinic.content.internal.caller.Callers;
import com.pks.clinic.content.internal.validation.InputCheck;

/** Reads and changes the one row of site settings that the migrations seeded. */
@Stateless
@DeclareRoles({ADMINISTRATOR, EDITOR})
public class DefaultSiteSettingsService implements SiteSettingsService {

    @PersistenceContext(unitName = "content")
    private EntityManager em;

    @Inject
    private InputCheck input;

    @Inject
    private Callers callers;

    @Inject
    private Event<SiteSettingsChanged> settingsChanged;

    @Override
    @PermitAll
    public SiteSettings get() {
        return row().toSettings();
    }

    @Override
    @RolesAllowed({ADMINISTRATOR, EDITOR})
    public SiteSettings update(SiteSettings changed, String clientAddress) {
        Actor actor = callers.current(clientAddress);
        input.require(changed, actor);
        SettingsRow row = row();
        if (row.version() != changed.version()) {
            throw new ConcurrentEditException("The site settings");
        }
        Instant now = Instant.now();
        row.change(changed, actor.username(), now);
        try {
            em.flush();
        } catch (OptimisticLockException raced) {
            throw new ConcurrentEditException("The site settings");
        }
        settingsChanged.fire(new SiteSettingsChanged(actor, now));
        return row.toSettings();
    }

    private SettingsRow row() {
        return em.find(SettingsRow.class, SettingsRow.ID);
    }
}
