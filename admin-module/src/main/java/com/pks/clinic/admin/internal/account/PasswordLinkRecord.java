package com.pks.clinic.admin.internal.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** A one-time link that sets an account's password ({@code admin_password_link}): its token's hash only. */
@Entity
@Table(name = "admin_password_link")
class PasswordLinkRecord {

    /** Why the link was made. */
    enum Purpose { INVITATION, RESET }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "account_id")
    private StaffAccount account;

    @Column(name = "token_hash", nullable = false, unique = true, length = 64)
    private String tokenHash;

    @Column(nullable = false, length = 20)
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    private Purpose purpose;

    @Column(name = "expires_at", nullable = false)
    private LocalDateTime expiresAt;

    @Column(name = "used_at")
    private LocalDateTime usedAt;

    protected PasswordLinkRecord() {
        // for JPA
    }

    PasswordLinkRecord(StaffAccount account, String tokenHash, Purpose purpose, LocalDateTime expiresAt) {
        this.account = account;
        this.tokenHash = tokenHash;
        this.purpose = purpose;
        this.expiresAt = expiresAt;
    }

    Long id() {
        return id;
    }

    StaffAccount account() {
        return account;
    }
}
