package com.pks.clinic.web.admin.audit;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.omnifaces.cdi.Param;

import com.pks.clinic.admin.api.AuditAction;
import com.pks.clinic.admin.api.AuditEntry;
import com.pks.clinic.admin.api.AuditPage;
import com.pks.clinic.admin.api.AuditService;
import com.pks.clinic.web.admin.StaffNames;
import com.pks.clinic.web.platform.client.ClientAddress;
import com.pks.clinic.web.platform.time.ClinicTime;

/**
 * The audit log screen ({@code /admin/audit}, Administrators). A plain GET form, so that every search and every
 * page of it has an address an Administrator can bookmark or send to a colleague; the view action reads the
 * parameters and makes one service call, which records the search itself. Dates that cannot be read are explained
 * next to their field instead of searched.
 */
@Named
@RequestScoped
public class AuditLogBacking {

    static final int PAGE_SIZE = 50;
    static final String PATH = "/admin/audit";
    static final String EXPORT_PATH = "/admin/audit/export";
    private static final List<ActionGroup> ACTION_GROUPS = Arrays.stream(AuditAction.Topic.values())
            .map(topic -> new ActionGroup(topic.label(), Arrays.stream(AuditAction.values())
                    .filter(action -> action.topic() == topic).toList()))
            .toList();
    /** A moment as the log records it in a detail ("to publish at 2026-12-09T16:00:00Z"). */
    private static final Pattern INSTANT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?Z");

    @Inject
    @Param(name = AuditSearch.ACTOR)
    private String actor;

    @Inject
    @Param(name = AuditSearch.ABOUT)
    private String about;

    @Inject
    @Param(name = AuditSearch.ACTION)
    private String action;

    @Inject
    @Param(name = AuditSearch.FROM)
    private String from;

    @Inject
    @Param(name = AuditSearch.TO)
    private String to;

    @Inject
    @Param(name = AuditSearch.PAGE)
    private String page;

    @Inject
    private AuditService audit;

    @Inject
    private ClientAddress client;

    @Inject
    private StaffNames staffNames;

    @Inject
    private AuditSubjects subjects;

    @Inject
    private ClinicTime clinicTime;

    private AuditSearch search;
    private List<Problem> problems = List.of();
    private AuditPage result;
    private Paging paging;

    /** A field that could not be read (its input's id) and why, for the summary above the form. */
    public record Problem(String field, String message) {

        /** The link to the field, for the summary. */
        public String anchor() {
            return "#" + field;
        }
    }

    /**
     * The words and links around a page of records.
     *
     * @param matching "1,234 records match."
     * @param showing  "Showing 51–100, newest first."
     * @param position "Page 2 of 25"
     * @param newer    the newer page's address from the context root, or {@code null} on the first page
     * @param older    the older page's address, or {@code null} on the last
     * @param first    the first page's address
     * @param export   the CSV download of every matching record
     */
    public record Paging(String matching, String showing, String position, String newer, String older, String first,
                         String export) {
    }

    /** The view action: reads the search and, when it can be read, loads its page. */
    public void load() {
        search = AuditSearch.of(actor, about, action, from, to, page);
        problems = search.getProblems().entrySet().stream().map(p -> new Problem(p.getKey(), p.getValue())).toList();
        if (search.isValid()) {
            result = audit.search(search.query(), search.page() - 1, PAGE_SIZE, client.get());
            paging = paging(search, result);
        }
    }

    static Paging paging(AuditSearch search, AuditPage result) {
        long total = result.total();
        long first = (long) result.page() * result.size() + 1;
        long pages = Math.max(1, (total + result.size() - 1) / result.size());
        return new Paging(
                String.format("%,d %s.", total, total == 1 ? "record matches" : "records match"),
                String.format("Showing %,d\u2013%,d, newest first.", first, first + result.entries().size() - 1),
                String.format("Page %,d of %,d", result.page() + 1, pages),
                result.page() == 0 ? null : search.link(PATH, result.page()),
                result.hasNext() ? search.link(PATH, result.page() + 2) : null,
                search.link(PATH, 1),
                search.link(EXPORT_PATH, 1));
    }

    /** What the form shows again, and each field's problem. */
    public AuditSearch getSearch() {
        return search;
    }

    public List<Problem> getProblems() {
        return problems;
    }

    /** The page of records; {@code null} when the search could not be read. */
    public AuditPage getResult() {
        return result;
    }

    public Paging getPaging() {
        return paging;
    }

    /** The choices of "What happened", in groups such as "Inquiries". */
    public List<ActionGroup> getActionGroups() {
        return ACTION_GROUPS;
    }

    /** One group of the choices of "What happened". */
    public record ActionGroup(String label, List<AuditAction> actions) {
    }

    /** What the record is about, in words and with a link; {@code null} when it is about nothing in particular. */
    public AuditSubjects.Subject about(AuditEntry entry) {
        return subjects.of(entry);
    }

    /** The record's detail, with any moment in it given in the clinic's time as the rest of the screen. */
    public String detail(AuditEntry entry) {
        return entry.detail() == null ? null : INSTANT.matcher(entry.detail())
                .replaceAll(found -> Matcher.quoteReplacement(clinicTime.format(Instant.parse(found.group()))));
    }

    /** Who acted, in words where the log's own names would puzzle: the site's jobs and people not signed in. */
    public String who(AuditEntry entry) {
        return switch (entry.actor()) {
            case AuditEntry.SYSTEM -> "The website itself (system)";
            case AuditEntry.ANONYMOUS -> "Someone not signed in";
            default -> staffNames.of(entry.actor());
        };
    }

    /** Whether {@link #who} named a colleague, so that the account's address goes under the name. */
    public boolean named(AuditEntry entry) {
        return !who(entry).equals(entry.actor()) && !AuditEntry.SYSTEM.equals(entry.actor())
                && !AuditEntry.ANONYMOUS.equals(entry.actor());
    }
}
