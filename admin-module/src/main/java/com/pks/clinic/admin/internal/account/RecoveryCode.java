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

/** One recovery code of an account ({@code admin_recovery_code}), kept as its hash, good once. */
@Entity
@Table(name = "admin_recovery_code")
class RecoveryCode {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "account_id")
    private StaffAccount account;

    @Column(name = "code_hash", nullable = false, length = 64)
    private String codeHash;

    @Column(name = "used_at")
    private LocalDateTime usedAt;

    protected RecoveryCode() {
        // for JPA
    }

    RecoveryCode(StaffAccount account, String codeHash) {
        this.account = account;
        this.codeHash = codeHash;
    }
}
