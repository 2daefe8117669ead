package com.pks.clinic.admin.internal.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import com.pks.clinic.admin.api.Account;
import com.pks.clinic.admin.api.SignedInStaff;
import com.pks.clinic.admin.api.StaffPrincipal;
import com.pks.clinic.admin.api.StaffRole;

/**
 * A member of staff who may sign in to the console. Times are kept as UTC wall-clock values (EclipseLink 4.0 does
 * not map {@link Instant}). The session stamp moves on whenever the account is disabled or its roles change, which
 * ends every session that began before.
 */
@Entity
@Table(name = "admin_account")
public class StaffAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 254)
    private String username;

    @Column(name = "display_name", nullable = false, length = 100)
    private String displayName;

    @Column(name = "password_hash", nullable = false, length = 500)
    private String passwordHash;

    @Column(nullable = false, length = 100)
    private String roles;

    @Column(nullable = false)
    private boolean enabled = true;

    @Column(name = "session_stamp", nullable = false)
    private long sessionStamp;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "last_sign_in_at")
    private LocalDateTime lastSignInAt;

    /** The time-based code secret in use, sealed ({@code SecretBox}); {@code null} until one is set up. */
    @Column(name = "totp_secret", length = 200)
    private String totpSecret;

    /** A secret being set up, sealed, until a first code from it is accepted. */
    @Column(name = "totp_pending", length = 200)
    private String totpPending;

    /** The last step whose code was accepted: no code counts twice. */
    @Column(name = "totp_last_step", nullable = false)
    private long totpLastStep = -1;

    @Version
    private long version;

    protected StaffAccount() {
        // for JPA
    }

    StaffAccount(String username, String displayName, String passwordHash, Set<StaffRole> roles, Instant at) {
        this.username = normalized(username);
        this.displayName = displayName.strip();
        this.passwordHash = passwordHash;
        this.roles = joined(roles);
        this.createdAt = LocalDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    /** Sign-in names are e-mail addresses: compared without regard to case or surrounding spaces. */
    static String normalized(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }

    String passwordHash() {
        return passwordHash;
    }

    boolean enabled() {
        return enabled;
    }

    long version() {
        return version;
    }

    String username() {
        return username;
    }

    String displayName() {
        return displayName;
    }

    Set<StaffRole> roles() {
        return roles.isEmpty() ? EnumSet.noneOf(StaffRole.class) : Arrays.stream(roles.split(","))
                .map(group -> StaffRole.ofGroup(group).orElseThrow())
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(StaffRole.class)));
    }

    boolean isEnabledAdministrator() {
        return enabled && roles().contains(StaffRole.ADMINISTRATOR);
    }

    void signedIn(Instant at) {
        lastSignInAt = LocalDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    Long id() {
        return id;
    }

    /** Where its sealed secrets belong: a secret moved to another account does not open. */
    String secretPlace() {
        return "admin_account.totp:" + username;
    }

    boolean hasSecondFactor() {
        return totpSecret != null;
    }

    /** Every role that reads inquiries must prove a second factor. */
    boolean needsSecondFactor() {
        Set<StaffRole> held = roles();
        return held.contains(StaffRole.ADMINISTRATOR) || held.contains(StaffRole.INTAKE);
    }

    String totpSecret() {
        return totpSecret;
    }

    String totpPending() {
        return totpPending;
    }

    long totpLastStep() {
        return totpLastStep;
    }

    void startSecondFactor(String sealedPending) {
        totpPending = sealedPending;
    }

    void confirmSecondFactor(long step) {
        totpSecret = totpPending;
        totpPending = null;
        totpLastStep = step;
    }

    void codeAccepted(long step) {
        totpLastStep = step;
    }

    void resetSecondFactor() {
        totpSecret = null;
        totpPending = null;
        totpLastStep = -1;
        sessionStamp++;
    }

    void changePassword(String newHash) {
        passwordHash = newHash;
        sessionStamp++;
    }

    void changeRoles(Set<StaffRole> newRoles) {
        roles = joined(newRoles);
        sessionStamp++;
    }

    void setEnabled(boolean enable) {
        enabled = enable;
        sessionStamp++;
    }

    boolean stampIs(long stamp) {
        return sessionStamp == stamp;
    }

    SignedInStaff toSignedIn() {
        return new SignedInStaff(new StaffPrincipal(username, displayName, sessionStamp), roles());
    }

    public Account toAccount() {
        return new Account(username, displayName, roles(), enabled, createdAt.toInstant(ZoneOffset.UTC),
                lastSignInAt == null ? null : lastSignInAt.toInstant(ZoneOffset.UTC), hasSecondFactor(), version);
    }

    private static String joined(Set<StaffRole> roles) {
        return roles.stream().sorted().map(StaffRole::group).collect(Collectors.joining(","));
    }
}
