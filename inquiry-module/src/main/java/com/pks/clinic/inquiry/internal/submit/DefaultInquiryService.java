package com.pks.clinic.inquiry.internal.submit;

import static com.pks.clinic.inquiry.api.InquiryRoles.ADMINISTRATOR;
import static com.pks.clinic.inquiry.api.InquiryRoles.INTAKE;

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
import jakarta.persistence.TypedQuery;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.pks.clinic.inquiry.api.ConcurrentInquiryChangeException;
import com.pks.clinic.inquiry.api.ConsultationRequest;
import com.pks.clinic.inquiry.api.InquiryDetail;
import com.pks.clinic.inquiry.api.InquiriesExported;
import com.pks.clinic.inquiry.api.InquiriesListed;
import com.pks.clinic.inquiry.api.InquiryFilter;
import com.pks.clinic.inquiry.api.InquiryMarkedUrgent;
import com.pks.clinic.inquiry.api.InquiryNoteAdded;
import com.pks.clinic.inquiry.api.InquiryNotFoundException;
import com.pks.clinic.inquiry.api.InquiryOverview;
import com.pks.clinic.inquiry.api.InquiryPage;
import com.pks.clinic.inquiry.api.InquiryReceipt;
import com.pks.clinic.inquiry.api.InquiryService;
import com.pks.clinic.inquiry.api.InquiryStatus;
import com.pks.clinic.inquiry.api.InquiryStatusChanged;
import com.pks.clinic.inquiry.api.InquirySubmitted;
import com.pks.clinic.inquiry.api.InquiryViewed;
import com.pks.clinic.inquiry.api.InvalidInquiryException;
import com.pks.clinic.inquiry.api.Referral;
import com.pks.clinic.inquiry.api.Screener;
import com.pks.clinic.inquiry.api.ScreeningResult;
import com.pks.clinic.inquiry.internal.notify.SiteWideCeiling;
import com.pks.clinic.inquiry.internal.screening.Scoring;
import com.pks.clinic.inquiry.api.Staff;
import com.pks.clinic.inquiry.api.StatusChangeNotAllowedException;
import com.pks.clinic.inquiry.internal.crisis.CrisisLanguage;
import com.pks.clinic.inquiry.internal.export.CsvExport;
import com.pks.clinic.inquiry.internal.notify.MailSettings;
import com.pks.clinic.inquiry.internal.notify.PendingNotification;

/**
 * Stores inquiries and lets the clinic work through them; each call is one transaction. Validates what it is given
 * itself (Payara 6 does not run Bean Validation's method interceptor on these session beans) and never puts what a
 * person wrote into an exception message or a log.
 */
@Stateless
@DeclareRoles({ADMINISTRATOR, INTAKE})
public class DefaultInquiryService implements InquiryService {

    /** No 0/O or 1/I/L: a reference is read aloud on the phone. */
    private static final String REFERENCE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    private static final int REFERENCE_LENGTH = 8;
    private static final int MAX_PAGE_SIZE = 100;
    private static final CrisisLanguage CRISIS = CrisisLanguage.reviewedPhrases();

    private final SecureRandom random = new SecureRandom();
    private final Clock clock = Clock.systemUTC();

    @PersistenceContext(unitName = "inquiry")
    private EntityManager em;

    @Inject
    private Validator validator;

    @Inject
    private Event<InquirySubmitted> submitted;

    @Inject
    private MailSettings mail;

    @Inject
    private Event<InquiryViewed> viewed;

    @Inject
    private Event<InquiriesExported> exported;

    @Inject
    private Event<InquiriesListed> listed;

    @Inject
    private Event<InquiryStatusChanged> statusChanged;

    @Inject
    private Event<InquiryNoteAdded> noteAdded;

    @Inject
    private Event<InquiryMarkedUrgent> markedUrgent;

    @Resource
    private SessionContext session;

    @Inject
    private SiteWideCeiling ceiling;

    @Inject
    @ConfigProperty(name = "clinic.inquiry.retention-days", defaultValue = "365")
    int retentionDays;

    @Override
    @PermitAll
    public InquiryReceipt submit(ConsultationRequest request) {
        requireValid(request);
        return store(request, null);
    }

    @Override
    @PermitAll
    public InquiryReceipt submit(ConsultationRequest request, Screener attachedScreener, List<Integer> attachedAnswers) {
        requireValid(request); // the form's own problems first
        return store(request, Scoring.score(attachedScreener, attachedAnswers));
    }

    private InquiryReceipt store(ConsultationRequest request, ScreeningResult attachedResult) {
        boolean urgent = request.thinkingOfSelfHarm() || CRISIS.isFoundIn(request.message())
                || CRISIS.isFoundIn(request.heardAbout()) || CRISIS.isFoundIn(request.bestTimeToCall())
                || (attachedResult != null && attachedResult.crisisFirst());
        return store(Inquiry.of(request, describe(attachedResult), newReference(), urgent, clock.instant()));
    }

    private static String describe(ScreeningResult result) {
        return result == null ? null : result.screener().title() + ": " + result.total() + " of " + result.maximum()
                + " (" + result.band().words() + ")" + (result.crisisFirst() ? "; thoughts of death or self-harm: yes" : "");
    }

    @Override
    @PermitAll
    public InquiryReceipt submit(Referral referral) {
        requireValid(referral);
        return store(Inquiry.of(referral, newReference(), CRISIS.isFoundIn(referral.reason()), clock.instant()));
    }

    @Override
    @RolesAllowed({ADMINISTRATOR, INTAKE})
    public InquiryPage list(InquiryFilter filter, int page, int size, String clientAddress) {
        int pageSize = Math.max(1, Math.min(size, MAX_PAGE_SIZE));
        InquiryFilter f = filter == null ? InquiryFilter.ALL : filter;
        TypedQuery<Inquiry> items = filtered(em.createQuery("select i from Inquiry i" + where(f)
                + " order by i.priority desc, i.receivedAt desc, i.id desc", Inquiry.class), f);
        long total = filtered(em.createQuery("select count(i) from Inquiry i" + where(f), Long.class), f)
                .getSingleResult();
        InquiryPage result = new InquiryPage(items.setFirstResult(Math.max(0, page) * pageSize)
                .setMaxResults(pageSize).getResultStream().map(Inquiry::toSummary).toList(), Math.max(0, page),
                pageSize, total);
        listed.fire(new InquiriesListed(result.items().size(), f, caller(clientAddress), clock.instant()));
        return result;
    }

    @Override
    @RolesAllowed({ADMINISTRATOR, INTAKE})
    public InquiryDetail get(long id, String clientAddress) {
        InquiryDetail detail = find(id).toDetail();
        // before anything is shown, in the same transaction: a read that is not audited cannot happen
        viewed.fire(new InquiryViewed(id, detail.reference(), caller(clientAddress), clock.instant()));
        return detail;
    }

    @Override
    @RolesAllowed({ADMINISTRATOR, INTAKE})
    public InquiryDetail getByReference(String reference, String clientAddress) {
        Long id = em.createQuery("select i.id from Inquiry i where i.reference = :reference", Long.class)
                .setParameter("reference", reference == null ? "" : reference.strip().toUpperCase(Locale.ROOT))
                .getResultStream().findFirst().orElseThrow(() -> new InquiryNotFoundException(-1));
        return get(id, clientAddress);
    }

    @Override
    @RolesAllowed({ADMINISTRATOR, INTAKE})
    public int retentionDays() {
        return retentionDays;
    }

    @Override
    @RolesAllowed({ADMINISTRATOR, INTAKE})
    public InquiryOverview overview() {
        long fresh = em.createQuery("select count(i) from Inquiry i where i.status = :new", Long.class)
                .setParameter("new", InquiryStatus.NEW).getSingleResult();
        List<Instant> urgent = em.createQuery("select i.receivedAt from Inquiry i "
                        + "where i.status = :new and i.priority = :urgent order by i.receivedAt", Instant.class)
                .setParameter("new", InquiryStatus.NEW).setParameter("urgent", Priority.URGENT).getResultList();
        return new InquiryOverview(fresh, urgent.size(), urgent.isEmpty() ? null : urgent.get(0), mail.enabled());
    }

    @Override
    @RolesAllowed(ADMINISTRATOR)
    public String exportCsv(InquiryFilter filter, String clientAddress) {
        InquiryFilter f = filter == null ? InquiryFilter.ALL : filter;
        List<InquiryDetail> rows = newestFirst(f).getResultStream().map(Inquiry::toDetail).toList();
        exported.fire(new InquiriesExported(rows.size(), f, caller(clientAddress), clock.instant()));
        return CsvExport.of(rows);
    }

    @Override
    @RolesAllowed({ADMINISTRATOR, INTAKE})
    public InquiryDetail changeStatus(long id, InquiryStatus status, String note, long expectedVersion,
                                      String clientAddress) {
        Inquiry inquiry = find(id);
        if (inquiry.version() != expectedVersion) {
            throw new ConcurrentInquiryChangeException(id);
        }
        if (!inquiry.status().canMoveTo(status)) {
            throw new StatusChangeNotAllowedException(inquiry.status(), status);
        }
        InquiryStatus from = inquiry.status();
        Staff staff = caller(clientAddress);
        inquiry.moveTo(status, staff.username(), clock.instant());
        if (note != null && !note.isBlank()) {
            addNote(inquiry, note, staff);
        }
        flushOrConflict(id);
        statusChanged.fire(new InquiryStatusChanged(id, inquiry.reference(), from, status, staff, clock.instant()));
        return inquiry.toDetail();
    }

    @Override
    @RolesAllowed({ADMINISTRATOR, INTAKE})
    public InquiryDetail addNote(long id, String text, String clientAddress) {
        Inquiry inquiry = find(id);
        addNote(inquiry, text, caller(clientAddress));
        return inquiry.toDetail();
    }

    @Override
    @RolesAllowed({ADMINISTRATOR, INTAKE})
    public InquiryDetail markUrgent(long id, String note, String clientAddress) {
        Inquiry inquiry = find(id);
        if (inquiry.status() != InquiryStatus.NEW) {
            throw new ConcurrentInquiryChangeException(id);
        }
        Staff staff = caller(clientAddress);
        if (!inquiry.isUrgent()) {
            Instant now = clock.instant();
            inquiry.markUrgent(now);
            writeNote(inquiry, "Marked urgent.", staff, now); // the inquiry's own record of who; audited as marked
            markedUrgent.fire(new InquiryMarkedUrgent(inquiry.id(), inquiry.reference(), staff, now));
        }
        if (note != null && !note.isBlank()) {
            addNote(inquiry, note, staff);
        }
        flushOrConflict(id);
        return inquiry.toDetail();
    }

    private void addNote(Inquiry inquiry, String text, Staff staff) {
        Note note = writeNote(inquiry, text, staff, clock.instant());
        noteAdded.fire(new InquiryNoteAdded(inquiry.id(), inquiry.reference(), staff, note.writtenAt()));
    }

    private Note writeNote(Inquiry inquiry, String text, Staff staff, Instant at) {
        if (text == null || text.isBlank()) {
            throw new InvalidInquiryException(Map.of("note", "Please write the note first."));
        }
        if (text.length() > 4000) {
            throw new InvalidInquiryException(Map.of("note", "Please keep the note to 4,000 characters."));
        }
        Note note = new Note(inquiry, staff.username(), text.strip(), at);
        em.persist(note);
        inquiry.addNote(note);
        return note;
    }

    /** Stored now, so that a colleague's change made meanwhile is told as such, not as a failed transaction. */
    private void flushOrConflict(long id) {
        try {
            em.flush();
        } catch (OptimisticLockException raced) {
            throw new ConcurrentInquiryChangeException(id);
        }
    }

    /** The signed-in member of staff, as the container knows them. */
    private Staff caller(String clientAddress) {
        return new Staff(session.getCallerPrincipal().getName(), clientAddress);
    }

    private InquiryReceipt store(Inquiry inquiry) {
        boolean flood = ceiling.reached(inquiry.toReceipt().receivedAt());
        em.persist(inquiry);
        InquiryReceipt receipt = inquiry.toReceipt();
        if (flood) {
            ceiling.tellStaffOnce(receipt.receivedAt());
        }
        // an urgent one is always announced on its own: a flood must never bury it
        if (mail.enabled() && (!flood || receipt.urgent())) {
            // in the same transaction: if the inquiry is stored, so is the promise to tell staff about it
            em.persist(new PendingNotification(receipt.reference(), receipt.urgent(), receipt.receivedAt()));
        }
        em.flush(); // stored, with its id, before the sender is told so
        submitted.fire(new InquirySubmitted(inquiry.id(), inquiry.kind(), receipt.urgent(),
                receipt.receivedAt()));
        return receipt;
    }

    private Inquiry find(long id) {
        Inquiry inquiry = em.find(Inquiry.class, id);
        if (inquiry == null) {
            throw new InquiryNotFoundException(id);
        }
        return inquiry;
    }

    /** The inquiries that the filter lets through, the newest first. */
    private TypedQuery<Inquiry> newestFirst(InquiryFilter f) {
        return filtered(em.createQuery("select i from Inquiry i" + where(f) + " order by i.receivedAt desc, i.id desc",
                Inquiry.class), f);
    }

    private static String where(InquiryFilter f) {
        return " where 1 = 1" + (f.status() == null ? "" : " and i.status = :status")
                + (f.kind() == null ? "" : " and i.kind = :kind") + (f.urgentOnly() ? " and i.priority = :urgent" : "")
                + (f.receivedFrom() == null ? "" : " and i.receivedAt >= :from")
                + (f.receivedBefore() == null ? "" : " and i.receivedAt < :before");
    }

    private static <T> TypedQuery<T> filtered(TypedQuery<T> query, InquiryFilter filter) {
        if (filter.status() != null) {
            query.setParameter("status", filter.status());
        }
        if (filter.kind() != null) {
            query.setParameter("kind", filter.kind());
        }
        if (filter.urgentOnly()) {
            query.setParameter("urgent", Priority.URGENT);
        }
        if (filter.receivedFrom() != null) {
            query.setParameter("from", filter.receivedFrom());
        }
        if (filter.receivedBefore() != null) {
            query.setParameter("before", filter.receivedBefore());
        }
        return query;
    }

    private void requireValid(Object value) {
        if (value == null) {
            throw new InvalidInquiryException(Map.of("form", "The form was empty."));
        }
        Map<String, String> problems = new TreeMap<>();
        for (ConstraintViolation<Object> violation : validator.validate(value)) {
            problems.merge(violation.getPropertyPath().toString(), violation.getMessage(), (a, b) -> a + " " + b);
        }
        if (!problems.isEmpty()) {
            throw new InvalidInquiryException(problems);
        }
    }

    private String newReference() {
        StringBuilder reference = new StringBuilder(REFERENCE_LENGTH);
        for (int i = 0; i < REFERENCE_LENGTH; i++) {
            reference.append(REFERENCE_ALPHABET.charAt(random.nextInt(REFERENCE_ALPHABET.length())));
        }
        return reference.toString();
    }
}
