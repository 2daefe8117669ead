package com.pks.clinic.admin.internal.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

import com.pks.clinic.admin.api.RecentSignIn;

/** A completed sign-in ({@code admin_sign_in}), for the person's own list of recent sign-ins. */
@Entity
@Table(name = "admin_sign_in")
class SignInRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "account_id")
    private StaffAccount account;

    @Column(name = "signed_in_at", nullable = false)
    private LocalDateTime signedInAt;

    @Column(length = 64)
    private String address;

    @Column(length = 300)
    private String browser;

    protected SignInRecord() {
        // for JPA
    }

    SignInRecord(StaffAccount account, Instant at, String address, String browser) {
        this.account = account;
        this.signedInAt = LocalDateTime.ofInstant(at, ZoneOffset.UTC);
        this.address = address;
        this.browser = browser == null || browser.length() <= 300 ? browser : browser.substring(0, 300);
    }

    RecentSignIn toRecent() {
        return new RecentSignIn(signedInAt.toInstant(ZoneOffset.UTC), address, browser);
    }
}
