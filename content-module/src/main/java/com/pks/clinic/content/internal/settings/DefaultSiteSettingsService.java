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
import com.pks.clinic.content.api.ContentNotFoundException;
import com.pks.clinic.content.api.EditableSettings;
import com.pks.clinic.content.api.InvalidContentException;
import com.pks.clinic.content.api.OpeningHours;
import com.pks.clinic.content.api.RevisionAction;
import com.pks.clinic.content.api.SettingsRevision;
import com.pks.clinic.content.api.SiteSettings;
import com.pks.clinic.content.api.SiteSettingsChanged;
import com.pks.clinic.content.api.SiteSettingsService;
import com.pks.clinic.content.internal.caller.Callers;
import com.pks.clinic.content.internal.validation.InputCheck;

/**
 * Reads and changes the one row of the clinic's details that the migrations seeded. A change is kept as a revision and
 * pointed to as the row's draft; publishing copies it into the row, which is all the site reads.
 */
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
    public EditableSettings getForEditing() {
        return editable(row());
    }

    @Override
    @RolesAllowed({ADMINISTRATOR, EDITOR})
    public EditableSettings saveDraft(SiteSettings changed, String clientAddress) {
        Actor actor = callers.current(clientAddress);
        Map<String, String> problems = meaningfulProblems(changed); // named with the constraints', all at once
        try {
            input.require(changed, actor);
        } catch (InvalidContentException invalid) {
            problems.putAll(invalid.problems());
        }
        if (!problems.isEmpty()) {
            throw new InvalidContentException(problems);
        }
        SettingsRow row = locked(changed.version());
        requireAdministratorFor(row.toSettings(), changed);
        keepFirstState(row);
        Instant now = Instant.now();
        SettingsRevisionRow draft = new SettingsRevisionRow(RevisionAction.SAVED, changed, actor, now);
        em.persist(draft);
        row.showDraft(draft, actor.username(), now);
        flush();
        return editable(row);
    }

    @Override
    @RolesAllowed({ADMINISTRATOR, EDITOR})
    public SiteSettings publish(long expectedVersion, String clientAddress) {
        Actor actor = callers.current(clientAddress);
        input.require(actor);
        SettingsRow row = locked(expectedVersion);
        if (row.draft() == null) {
            return row.toSettings(); // nothing waits: the site shows the details as they are
        }
        SiteSettings before = row.toSettings();
        SiteSettings published = row.draft().details(row.version());
        Map<String, String> problems = meaningfulProblems(published);
        if (!problems.isEmpty()) {
            throw new InvalidContentException(problems);
        }
        requireAdministratorFor(before, published);
        Instant now = Instant.now();
        em.persist(new SettingsRevisionRow(RevisionAction.PUBLISHED, published, actor, now));
        row.change(published, actor.username(), now);
        row.showDraft(null, actor.username(), now);
        flush();
        SiteSettings after = row.toSettings();
        settingsChanged.fire(new SiteSettingsChanged(actor, now, changedFields(before, after)));
        return after;
    }

    @Override
    @RolesAllowed({ADMINISTRATOR, EDITOR})
    public SiteSettings update(SiteSettings changed, String clientAddress) {
        EditableSettings saved = saveDraft(changed, clientAddress);
        return publish(saved.live().version(), clientAddress);
    }

    @Override
    @RolesAllowed({ADMINISTRATOR, EDITOR})
    public List<SettingsRevision> history() {
        long version = row().version();
        // by time first: the first state and the first draft are stored in one transaction, in either order
        return em.createQuery("select r from SettingsRevisionRow r order by r.authorship.createdAt desc, r.id desc",
                        SettingsRevisionRow.class)
                .getResultStream().map(revision -> revision.view(version)).toList();
    }

    @Override
    @RolesAllowed({ADMINISTRATOR, EDITOR})
    public EditableSettings restore(long revisionId, long expectedVersion, String clientAddress) {
        Actor actor = callers.current(clientAddress);
        input.require(actor);
        SettingsRow row = locked(expectedVersion);
        SettingsRevisionRow earlier = em.find(SettingsRevisionRow.class, revisionId);
        if (earlier == null) {
            throw new ContentNotFoundException("revision " + revisionId + " of the clinic's details");
        }
        Instant now = Instant.now();
        SettingsRevisionRow draft = new SettingsRevisionRow(RevisionAction.RESTORED, earlier.details(row.version()),
                actor, now);
        em.persist(draft);
        row.showDraft(draft, actor.username(), now);
        flush();
        return editable(row);
    }

    /** Before the first change, the details as they were (seeded or set before the console) become a revision. */
    private void keepFirstState(SettingsRow row) {
        boolean none = em.createQuery("select count(r) from SettingsRevisionRow r", Long.class).getSingleResult() == 0;
        if (none) {
            em.persist(new SettingsRevisionRow(RevisionAction.SEEDED, row.toSettings(),
                    new Actor(row.updatedBy(), null), row.updatedAt()));
        }
    }

    private SettingsRow locked(long expectedVersion) {
        SettingsRow row = row();
        if (row.version() != expectedVersion) {
            throw new ConcurrentEditException("The clinic's details");
        }
        return row;
    }

    private void flush() {
        try {
            em.flush();
        } catch (OptimisticLockException raced) {
            throw new ConcurrentEditException("The clinic's details");
        }
    }

    private static EditableSettings editable(SettingsRow row) {
        SettingsRevisionRow draft = row.draft();
        return new EditableSettings(row.toSettings(), draft == null ? null : draft.details(row.version()),
                draft == null ? null : draft.at(), draft == null ? null : draft.author());
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

    /**
     * What the constraints cannot say: a number that can be dialled, hours that make sense, a real time zone. A value
     * that is missing is the constraints' to name.
     */
    private static Map<String, String> meaningfulProblems(SiteSettings changed) {
        Map<String, String> problems = new TreeMap<>();
        if (changed.phone() != null && !changed.isDialable()) {
            problems.put("phone", "This is not a phone number: give the clinic's ten-digit number, like "
                    + "406-880-7571 (or an international one starting with +).");
        }
        OpeningHours.problem(changed.hours()).ifPresent(problem -> problems.put("hours", problem));
        try {
            if (changed.timeZone() != null) {
                changed.zone();
            }
        } catch (DateTimeException unknown) {
            problems.put("timeZone", "Choose a time zone from the list.");
        }
        if (changed.announcement() != null && !changed.announcement().isBlank()
                && changed.announcementUntil() == null) {
            problems.put("announcementUntil", "Choose the last day the announcement shows.");
        }
        return problems;
    }

    /** The names of the record's components whose values differ (the version aside). */
    private static List<String> changedFields(SiteSettings before, SiteSettings after) {
        return Arrays.stream(SiteSettings.class.getRecordComponents())
                .filter(component -> !component.getName().equals("version"))
                .filter(component -> !Objects.equals(SettingsText.value(component, before),
                        SettingsText.value(component, after)))
                .map(RecordComponent::getName)
                .toList();
    }

    private SettingsRow row() {
        return em.find(SettingsRow.class, SettingsRow.ID);
    }
}
