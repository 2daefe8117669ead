package com.pks.clinic.content.internal.settings;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

import com.pks.clinic.content.api.SiteSettings;

/** The single row of {@code content_site_settings}. */
@Entity
@Table(name = "content_site_settings")
class SettingsRow {

    static final long ID = 1;

    @Id
    private Long id;

    @Column(name = "clinic_name", nullable = false, length = 120)
    private String clinicName;

    @Column(nullable = false, length = 30)
    private String phone;

    @Column(length = 200)
    private String street;

    @Column(nullable = false, length = 100)
    private String city;

    @Column(nullable = false, length = 2)
    private String region;

    @Column(name = "postal_code", length = 10)
    private String postalCode;

    @Column(length = 300)
    private String hours;

    @Column(name = "hours_note", length = 300)
    private String hoursNote;

    @Column(name = "time_zone", nullable = false, length = 60)
    private String timeZone;

    @Column(length = 200)
    private String email;

    @Column(name = "base_url", nullable = false, length = 200)
    private String baseUrl;

    @Column(name = "crisis_message", length = 1000)
    private String crisisMessage;

    @Column(length = 300)
    private String announcement;

    @Column(name = "announcement_until")
    private LocalDate announcementUntil;

    /** The draft waiting to be published, or {@code null}. */
    @ManyToOne
    @JoinColumn(name = "draft_revision_id")
    private SettingsRevisionRow draft;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false, length = 100)
    private String updatedBy;

    @Version
    private long version;

    SiteSettings toSettings() {
        return new SiteSettings(clinicName, phone, street, city, region, postalCode, hours, hoursNote, timeZone, email,
                baseUrl, crisisMessage, announcement, announcementUntil, version);
    }

    void change(SiteSettings changed, String who, Instant at) {
        clinicName = changed.clinicName().strip();
        phone = changed.phone().strip();
        street = blankAsNull(changed.street());
        city = changed.city().strip();
        region = changed.region().strip();
        postalCode = blankAsNull(changed.postalCode());
        hours = blankAsNull(changed.hours());
        hoursNote = blankAsNull(changed.hoursNote());
        timeZone = changed.timeZone().strip();
        email = blankAsNull(changed.email());
        baseUrl = changed.baseUrl().strip();
        crisisMessage = blankAsNull(changed.crisisMessage());
        announcement = blankAsNull(changed.announcement());
        announcementUntil = announcement == null ? null : changed.announcementUntil();
        updatedBy = who;
        updatedAt = at;
    }

    private static String blankAsNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    long version() {
        return version;
    }

    SettingsRevisionRow draft() {
        return draft;
    }

    /** Keeps this revision as the draft ({@code null}: no draft); the version rises, as for any change. */
    void showDraft(SettingsRevisionRow revision, String who, Instant at) {
        draft = revision;
        updatedBy = who;
        updatedAt = at;
    }

    Instant updatedAt() {
        return updatedAt;
    }

    String updatedBy() {
        return updatedBy;
    }
}
