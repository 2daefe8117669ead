package com.pks.clinic.content.internal.settings;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.lang.reflect.RecordComponent;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import static com.pks.clinic.content.api.ContentRoles.ADMINISTRATOR;
import static com.pks.clinic.content.api.ContentRoles.EDITOR;

import com.pks.clinic.content.api.Actor;
import com.pks.clinic.content.api.ConcurrentEditException;
import com.pks.clinic.content.api.InvalidContentException;
import com.pks.clinic.content.api.OpeningHours;
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

    @Resource
    private SessionContext session;

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
        requireMeaningful(changed);
        SettingsRow row = row();
        if (row.version() != changed.version()) {
            throw new ConcurrentEditException("The site settings");
        }
        SiteSettings before = row.toSettings();
        requireAdministratorFor(before, changed);
        Instant now = Instant.now();
        row.change(changed, actor.username(), now);
        try {
            em.flush();
        } catch (OptimisticLockException raced) {
            throw new ConcurrentEditException("The site settings");
        }
        SiteSettings after = row.toSettings();
        settingsChanged.fire(new SiteSettingsChanged(actor, now, changedFields(before, after)));
        return after;
    }

    /**
     * The site's address builds the links of the staff's e-mails (invitations, password links, inquiries), and the
     * time zone the audit log's days: only an Administrator may change them.
     */
    private void requireAdministratorFor(SiteSettings before, SiteSettings changed) {
        if (session.isCallerInRole(ADMINISTRATOR)) {
            return;
        }
        Map<String, String> problems = new TreeMap<>();
        if (!before.baseUrl().equals(changed.baseUrl().strip())) {
            problems.put("baseUrl", "Only an Administrator may change the site's address.");
        }
        if (!before.timeZone().equals(changed.timeZone().strip())) {
            problems.put("timeZone", "Only an Administrator may change the time zone.");
        }
        if (!problems.isEmpty()) {
            throw new InvalidContentException(problems);
        }
    }

    /** What the constraints cannot say: a number that can be dialled, hours that make sense, a real time zone. */
    private static void requireMeaningful(SiteSettings changed) {
        Map<String, String> problems = new TreeMap<>();
        if (!changed.isDialable()) {
            problems.put("phone", "This is not a phone number: give the clinic's ten-digit number, like "
                    + "406-880-7571 (or an international one starting with +).");
        }
        OpeningHours.problem(changed.hours()).ifPresent(problem -> problems.put("hours", problem));
        try {
            changed.zone();
        } catch (DateTimeException unknown) {
            problems.put("timeZone", "Choose a time zone from the list.");
        }
        if (changed.announcement() != null && !changed.announcement().isBlank()
                && changed.announcementUntil() == null) {
            problems.put("announcementUntil", "Choose the last day the announcement shows.");
        }
        if (!problems.isEmpty()) {
            throw new InvalidContentException(problems);
        }
    }

    /** The names of the record's components whose values differ (the version aside). */
    private static List<String> changedFields(SiteSettings before, SiteSettings after) {
        return Arrays.stream(SiteSettings.class.getRecordComponents())
                .filter(component -> !component.getName().equals("version"))
                .filter(component -> !Objects.equals(value(component, before), value(component, after)))
                .map(RecordComponent::getName)
                .toList();
    }

    private static Object value(RecordComponent component, SiteSettings settings) {
        try {
            return component.getAccessor().invoke(settings);
        } catch (ReflectiveOperationException unreachable) {
            throw new IllegalStateException("A record's accessor is public", unreachable);
        }
    }

    private SettingsRow row() {
        return em.find(SettingsRow.class, SettingsRow.ID);
    }
}
