package com.pks.clinic.admin.internal.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

import com.pks.clinic.admin.api.AuditAction;
import com.pks.clinic.admin.api.AuditEntry;

/**
 * One row of {@code admin_audit}. Append-only: it has no setters and every column is {@code updatable = false}, so
 * that nothing in the application can rewrite what happened; only the retention job deletes old rows.
 * {@code at} is kept as a UTC {@link LocalDateTime} because EclipseLink 4.0 does not map {@link Instant}.
 */
@Entity
@Table(name = "admin_audit")
class AuditRecord {

    static final int ACTOR_LENGTH = 254;
    static final int SUBJECT_LENGTH = 300;
    static final int DETAIL_LENGTH = 500;
    static final int ADDRESS_LENGTH = 64;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    // AT is reserved in Derby: Liquibase created the column quoted, in lower case
    @Column(name = "\"at\"", nullable = false, updatable = false)
    private LocalDateTime at;

    @Column(nullable = false, updatable = false, length = ACTOR_LENGTH)
    private String actor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 40)
    private AuditAction action;

    @Column(updatable = false, length = SUBJECT_LENGTH)
    private String subject;

    @Column(updatable = false, length = DETAIL_LENGTH)
    private String detail;

    @Column(updatable = false, length = ADDRESS_LENGTH)
    private String address;

    protected AuditRecord() {
        // for JPA
    }

    AuditRecord(Instant at, String actor, AuditAction action, String subject, String detail, String address) {
        this.at = utc(at);
        this.actor = clip(actor, ACTOR_LENGTH);
        this.action = action;
        this.subject = clip(subject, SUBJECT_LENGTH);
        this.detail = clip(detail, DETAIL_LENGTH);
        this.address = clip(address, ADDRESS_LENGTH);
    }

    /** The column's value for an instant: the UTC wall-clock time. */
    static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    Instant at() {
        return at.toInstant(ZoneOffset.UTC);
    }

    AuditEntry toEntry() {
        return new AuditEntry(id, at(), actor, action, subject, detail, address);
    }

    /** Too long a value is cut, never refused: a refused audit row would roll back the action it records. */
    private static String clip(String value, int length) {
        return value == null || value.length() <= length ? value : value.substring(0, length - 1) + "…";
    }
}
