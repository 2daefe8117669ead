package com.pks.clinic.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.pks.clinic.admin.api.Account;
import com.pks.clinic.admin.api.AccountService;
import com.pks.clinic.admin.api.AuditAction;
import com.pks.clinic.admin.api.AuditEntry;
import com.pks.clinic.admin.api.AuditQuery;
import com.pks.clinic.admin.api.AuditService;
import com.pks.clinic.admin.api.InvalidAccountException;
import com.pks.clinic.admin.api.LastAdministratorException;
import com.pks.clinic.admin.api.Invitation;
import com.pks.clinic.admin.api.NewAccount;
import com.pks.clinic.admin.api.PasswordLink;
import com.pks.clinic.admin.api.PasswordLinkService;
import com.pks.clinic.admin.api.SetUpService;
import com.pks.clinic.admin.api.SignInService;
import com.pks.clinic.admin.api.StaffCredential;
import com.pks.clinic.admin.api.StaffRole;
import com.pks.clinic.admin.internal.audit.AuditRetention;
import com.pks.clinic.content.api.NewPage;
import com.pks.clinic.content.api.PageContent;
import com.pks.clinic.content.api.PageService;
import com.pks.clinic.inquiry.api.ConsultationRequest;
import com.pks.clinic.inquiry.api.ContactPreference;
import com.pks.clinic.inquiry.api.ForWhom;
import com.pks.clinic.inquiry.api.InquiryFilter;
import com.pks.clinic.inquiry.api.InquiryReceipt;
import com.pks.clinic.inquiry.api.InquiryService;
import com.pks.clinic.web.testing.Acting;
import com.pks.clinic.web.testing.AsAdministrator;
import com.pks.clinic.web.testing.AsEditor;
import com.pks.clinic.web.testing.AsIntake;
import com.pks.clinic.web.testing.Deployments;
import com.pks.clinic.web.testing.Services;

/**
 * Accounts, roles and the audit log inside Payara against real Derby: passwords hashed as configured, the clinic
 * never left without an Administrator, each role refused what it may not do, and every action audited in its own
 * transaction.
 */
@ExtendWith(ArquillianExtension.class)
class AdminServicesIT {

    private static final String ADDRESS = "198.51.100.4";
    private static final String PASSWORD = "correct horse battery staple";

    @Deployment
    static WebArchive deployment() {
        return Deployments.clinicSiteWith(AdminServicesIT.class, Services.class);
    }

    @Inject
    private AccountService accounts;

    @Inject
    private AuditService audit;

    @Inject
    private IdentityStoreHandler identityStores;

    @Inject
    private SignInService signIns;

    @Inject
    private SetUpService setUp;

    @Inject
    private PasswordLinkService passwordLinks;

    @Inject
    private AuditRetention auditRetention;

    @Inject
    private PageService pages;

    @Inject
    private InquiryService inquiries;

    @Inject
    private AsAdministrator asAdministrator;

    @Inject
    private AsEditor asEditor;

    @Inject
    private AsIntake asIntake;

    @PersistenceContext(unitName = "admin")
    private EntityManager adminUnit;

    @Test
    void passwordsAreHashedWithPbkdf2Sha512At210000IterationsAndA32ByteSalt() {
        Account created = colleague(StaffRole.EDITOR);
        String stored = (String) adminUnit.createNativeQuery("select password_hash from admin_account where username = ?")
                .setParameter(1, created.username()).getSingleResult();
        String[] parts = stored.split(":");
        assertEquals("PBKDF2WithHmacSHA512", parts[0]);
        assertEquals("210000", parts[1]);
        assertEquals(32, Base64.getDecoder().decode(parts[2]).length);
        assertFalse(stored.contains(PASSWORD));
    }

    @Test
    void anInvitationLinkSetsAPasswordOnceAndWeakPasswordsAndTakenAddressesAreRefused() {
        PasswordLink invited = asAdministrator.call(() -> accounts.invite(new Invitation(unique(), "Someone",
                EnumSet.of(StaffRole.INTAKE)), ADDRESS));
        assertFalse(invited.emailed(), "no mail server here: the Administrator passes the link on");
        assertEquals(Optional.of("Someone"), passwordLinks.greeting(invited.token()));
        for (String weak : List.of("password1234", "qwertyuiop123", "short", "aaaaaaaaaaaaaaaa")) {
            InvalidAccountException refused = assertThrows(InvalidAccountException.class,
                    () -> passwordLinks.choosePassword(invited.token(), weak, ADDRESS), weak);
            assertTrue(refused.problems().containsKey("password"), weak);
        }
        assertTrue(passwordLinks.passwordProblem(invited.token(), "short").isPresent(), "named with a mismatch");
        assertEquals(Optional.empty(), passwordLinks.passwordProblem(invited.token(), PASSWORD));
        passwordLinks.choosePassword(invited.token(), PASSWORD, ADDRESS);
        assertEquals(Optional.empty(), passwordLinks.passwordProblem(invited.token(), "short"),
                "a spent link has no account to check for: choosing says that the link no longer works");
        assertEquals(CredentialValidationResult.Status.VALID, identityStores.validate(
                new StaffCredential(invited.username(), PASSWORD, ADDRESS, ADDRESS)).getStatus());
        assertTrue(passwordLinks.greeting(invited.token()).isEmpty(), "the link works once");
        assertThrows(InvalidAccountException.class,
                () -> passwordLinks.choosePassword(invited.token(), "another quiet river morning", ADDRESS));

        assertTrue(asIntake.call(() -> signIns.newPasswordProblem("password1234")).isPresent(), "one's own, checked");
        assertEquals(Optional.empty(), asIntake.call(() -> signIns.newPasswordProblem(PASSWORD)));
        assertThrows(EJBAccessException.class, () -> signIns.newPasswordProblem(PASSWORD), "signed in only");

        InvalidAccountException twice = assertThrows(InvalidAccountException.class, () -> asAdministrator.run(
                () -> accounts.invite(new Invitation(invited.username().toUpperCase(), "Again",
                        EnumSet.of(StaffRole.INTAKE)), ADDRESS)));
        assertEquals(Set.of("username"), twice.problems().keySet());
    }

    @Test
    void theLastEnabledAdministratorCanBeNeitherDisabledNorDemoted() {
        Account only = colleague(StaffRole.ADMINISTRATOR);
        asAdministrator.run(() -> accounts.list().stream()
                .filter(a -> a.enabled() && a.roles().contains(StaffRole.ADMINISTRATOR))
                .filter(a -> !a.username().equals(only.username()))
                .forEach(a -> accounts.setEnabled(a.username(), false, a.version(), ADDRESS)));
        assertThrows(LastAdministratorException.class, () -> asAdministrator.run(
                () -> accounts.setEnabled(only.username(), false, only.version(), ADDRESS)));
        assertThrows(LastAdministratorException.class, () -> asAdministrator.run(
                () -> accounts.changeRoles(only.username(), EnumSet.of(StaffRole.EDITOR), only.version(), ADDRESS)));
        Account second = colleague(StaffRole.ADMINISTRATOR);
        Account demoted = asAdministrator.call(
                () -> accounts.changeRoles(only.username(), EnumSet.of(StaffRole.EDITOR), only.version(), ADDRESS));
        assertEquals(Set.of(StaffRole.EDITOR), demoted.roles());
        assertTrue(second.enabled());
    }

    /**
     * Every operation of every service, called by each role and by someone not signed in: refused exactly when its
     * annotation says so (and RoleTableTest holds the annotations to the README's table). The arguments are empty,
     * so an allowed call usually fails in another way, which is not a refusal.
     */
    @Test
    void everyOperationRefusesExactlyTheCallersItsRolesLeaveOut() throws Exception {
        List<String> wrong = new ArrayList<>();
        Map<String, Acting> callers = new LinkedHashMap<>();
        callers.put("Administrator", asAdministrator);
        callers.put("Editor", asEditor);
        callers.put("Intake", asIntake);
        callers.put("anonymous", null);
        for (Map.Entry<Class<?>, Class<?>> service : Services.IMPLEMENTATIONS.entrySet()) {
            Object bean = CDI.current().select(service.getKey()).get();
            for (Method operation : service.getKey().getMethods()) {
                Method implemented = service.getValue().getMethod(operation.getName(), operation.getParameterTypes());
                Set<String> allowed = implemented.isAnnotationPresent(PermitAll.class) ? callers.keySet()
                        : Set.of(implemented.getAnnotation(RolesAllowed.class).value());
                for (Map.Entry<String, Acting> caller : callers.entrySet()) {
                    boolean refused = refused(caller.getValue(), () -> operation.invoke(bean, emptyArguments(operation)));
                    if (refused == allowed.contains(caller.getKey())) {
                        wrong.add(service.getKey().getSimpleName() + "." + operation.getName() + " by "
                                + caller.getKey() + (refused ? " was refused" : " was let through"));
                    }
                }
            }
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
        assertFalse(asEditor.call(() -> pages.listForEditing()).isEmpty(), "and an allowed call really works");
    }

    private static boolean refused(Acting caller, Callable<Object> call) {
        try {
            if (caller == null) {
                call.call();
            } else {
                caller.call(call);
            }
            return false;
        } catch (Exception failed) {
            for (Throwable cause = failed; cause != null; cause = cause.getCause()) {
                if (cause instanceof EJBAccessException) {
                    return true;
                }
            }
            return false;
        }
    }

    private static Object[] emptyArguments(Method operation) {
        return Arrays.stream(operation.getParameterTypes()).map(type -> type == long.class ? (Object) 0L
                : type == int.class ? (Object) 0 : type == boolean.class ? (Object) false : null).toArray();
    }

    @Test
    void anActionAndItsAuditRecordCommitOrRollBackTogether() {
        String kept = newPage();
        String rolledBack = newPage();
        asEditor.run(() -> pages.publish(kept, pages.getForEditing(kept).version(), ADDRESS));
        assertThrows(RuntimeException.class, () -> asEditor.inOneTransaction(() -> {
            pages.publish(rolledBack, pages.getForEditing(rolledBack).version(), ADDRESS);
            throw new IllegalStateException("something failed after the audit record was written");
        }));
        List<AuditEntry> published = asAdministrator.call(() -> audit.search(
                new AuditQuery("test-editor", AuditAction.PAGE_PUBLISHED, null, null), 0, 100, ADDRESS)).entries();
        assertTrue(published.stream().anyMatch(e -> ("page " + kept).equals(e.subject())
                && ADDRESS.equals(e.address())), published.toString());
        assertTrue(published.stream().noneMatch(e -> ("page " + rolledBack).equals(e.subject())));
        assertTrue(pages.findPublished(rolledBack).isEmpty());
    }

    @Test
    void readingAnInquiryIsAuditedByReferenceWithoutAWordOfIt() {
        InquiryReceipt receipt = inquiries.submit(new ConsultationRequest("Robin Quill", "+1 406 555 0101", null,
                ContactPreference.PHONE, null, ForWhom.MYSELF, "A very private message", null, true, false));
        long id = asIntake.call(() -> inquiries.list(InquiryFilter.ALL, 0, 100, ADDRESS)).items().stream()
                .filter(s -> s.reference().equals(receipt.reference())).findFirst().orElseThrow().id();
        asIntake.run(() -> inquiries.get(id, ADDRESS));
        List<AuditEntry> viewed = asAdministrator.call(() -> audit.search(
                new AuditQuery("test-intake", AuditAction.INQUIRY_VIEWED, null, null), 0, 100, ADDRESS)).entries();
        AuditEntry entry = viewed.stream().filter(e -> e.subject().contains(receipt.reference())).findFirst()
                .orElseThrow();
        assertEquals(ADDRESS, entry.address());
        String csv = asAdministrator.call(() -> audit.exportCsv(AuditQuery.ALL, ADDRESS));
        assertFalse(csv.contains("Robin") || csv.contains("private message") || csv.contains("555 0101"));
        List<AuditEntry> readsOfTheLog = asAdministrator.call(() -> audit.search(
                new AuditQuery("test-administrator", AuditAction.AUDIT_SEARCHED, null, null), 0, 5, ADDRESS))
                .entries();
        assertFalse(readsOfTheLog.isEmpty(), "reading the audit log is recorded too");
    }

    @Test
    void aBurstOfWrongPasswordsFromOneClientIsRefusedWithoutLockingTheAccountOut() {
        Account nurse = colleague(StaffRole.EDITOR);
        String guesser = "198.51.100.66";
        for (int i = 0; i < 10; i++) {
            assertEquals(CredentialValidationResult.Status.INVALID, identityStores.validate(
                    new StaffCredential(nurse.username(), "a wrong guess " + i, guesser, guesser)).getStatus());
        }
        assertTrue(signIns.refusesClient(guesser), "the guessing client is refused for a while");
        assertEquals(CredentialValidationResult.Status.INVALID, identityStores.validate(
                new StaffCredential(nurse.username(), PASSWORD, guesser, guesser)).getStatus(), "even with the password");
        assertEquals(CredentialValidationResult.Status.VALID, identityStores.validate(
                new StaffCredential(nurse.username(), PASSWORD, "203.0.113.21", "203.0.113.21")).getStatus(),
                "the account itself is not locked out");
        assertFalse(asAdministrator.call(() -> audit.search(new AuditQuery(nurse.username(),
                AuditAction.SIGN_IN_REFUSED, null, null), 0, 5, ADDRESS)).entries().isEmpty(), "and it is recorded");
    }

    @Test
    void aBreakGlassLinkCreatesOneAdministratorOnceAndIsRecorded() throws Exception {
        assertFalse(setUp.isValidLink("not-a-token"));
        String token = "break-glass-" + UUID.randomUUID();
        // what bin/set-up-link writes: the token's SHA-256, its expiry, and that it is a break-glass link
        String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(token.getBytes(StandardCharsets.UTF_8)));
        Files.writeString(Path.of(ConfigProvider.getConfig().getValue("clinic.data.dir", String.class),
                "admin-set-up"), hash + " " + Instant.now().plus(1, ChronoUnit.HOURS).getEpochSecond() + " break-glass\n");
        assertTrue(setUp.isValidLink(token));
        assertEquals(Set.of("token"), setUp.problemsWith("not-a-token", new NewAccount(unique(), "Break Glass",
                EnumSet.of(StaffRole.ADMINISTRATOR), PASSWORD)).keySet());
        assertEquals(Set.of("displayName", "password"), setUp.problemsWith(token, new NewAccount(unique(), " ",
                EnumSet.of(StaffRole.ADMINISTRATOR), "too short")).keySet(), "every problem, nothing created");
        assertEquals(Map.of(), setUp.problemsWith(token, new NewAccount(unique(), "Break Glass",
                EnumSet.of(StaffRole.INTAKE), PASSWORD)));

        String name = "Break Glass " + token.substring(token.length() - 6);
        Account created = setUp.createAdministrator(token, new NewAccount(unique(), name,
                EnumSet.of(StaffRole.INTAKE), PASSWORD), ADDRESS);
        assertEquals(Set.of(StaffRole.ADMINISTRATOR), created.roles(), "a set-up link makes an Administrator");
        assertFalse(setUp.isValidLink(token), "the link works once");
        assertThrows(InvalidAccountException.class, () -> setUp.createAdministrator(token,
                new NewAccount(unique(), "Second", EnumSet.of(StaffRole.ADMINISTRATOR), PASSWORD), ADDRESS));
        List<AuditEntry> used = asAdministrator.call(() -> audit.search(
                new AuditQuery(created.username(), AuditAction.BREAK_GLASS, null, null), 0, 10, ADDRESS)).entries();
        assertEquals(1, used.size());
        List<AuditEntry> byName = asAdministrator.call(() -> audit.search(new AuditQuery(
                name.toUpperCase(Locale.ROOT), null, null, null), 0, 10, ADDRESS)).entries();
        assertEquals(List.of(created.username()), byName.stream().map(AuditEntry::actor).distinct().toList(),
                "the Person filter finds an account's records by its name too: " + byName);
        assertEquals("with a break-glass link from the server", byName.get(byName.size() - 1).detail());
    }

    @Test
    void auditRecordsPastTheRetentionPeriodArePurgedAndThePurgeIsRecorded() {
        asAdministrator.run(() -> audit.search(AuditQuery.ALL, 0, 1, ADDRESS)); // at least one record to purge
        int purged = auditRetention.purgeOlderThan(Instant.now().plus(1, ChronoUnit.DAYS));
        assertTrue(purged > 0);
        List<AuditEntry> left = asAdministrator.call(() -> audit.search(AuditQuery.ALL, 0, 100, ADDRESS)).entries();
        assertTrue(left.stream().anyMatch(e -> e.action() == AuditAction.AUDIT_PURGED
                && e.detail().contains(Integer.toString(purged))), left.toString());
    }

    private String newPage() {
        String slug = "audit-" + UUID.randomUUID().toString().substring(0, 8);
        asEditor.run(() -> pages.create(new NewPage(slug, new PageContent("Audit " + slug, null, "<p>x</p>", null,
                null)), ADDRESS));
        return slug;
    }

    /** A colleague invited in this role who has chosen {@link #PASSWORD} with the invitation's link. */
    private Account colleague(StaffRole role) {
        PasswordLink invited = asAdministrator.call(() -> accounts.invite(new Invitation(unique(), "Staff " + role,
                EnumSet.of(role)), ADDRESS));
        passwordLinks.choosePassword(invited.token(), PASSWORD, ADDRESS);
        return asAdministrator.call(() -> accounts.list()).stream()
                .filter(account -> account.username().equals(invited.username())).findFirst().orElseThrow();
    }

    private static String unique() {
        return "staff-" + UUID.randomUUID().toString().substring(0, 8) + "@clinic.test";
    }
}
