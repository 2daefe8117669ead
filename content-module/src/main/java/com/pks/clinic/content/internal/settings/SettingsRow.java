package com.pks.clinic.content.internal.settings;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

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

    @Column(nullable = false, length = 300)
    private String address;

    @Column(length = 300)
    private String hours;

    @Column(length = 200)
    private String email;

    @Column(name = "base_url", nullable = false, length = 200)
    private String baseUrl;

    @Column(name = "crisis_message", length = 1000)
    private String crisisMessage;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false, length = 100)
    private String updatedBy;

    @Version
    private long version;

    SiteSettings toSettings() {
        return new SiteSettings(clinicName, phone, address, hours, email, baseUrl, crisisMessage, version);
    }

    void change(SiteSettings changed, String who, Instant at) {
        clinicName = changed.clinicName().strip();
        phone = changed.phone().strip();
        address = changed.address().strip();
        hours = changed.hours();
        email = changed.email();
        baseUrl = changed.baseUrl().strip();
        crisisMessage = changed.crisisMessage();
        updatedBy = who;
        updatedAt = at;
    }

    long version() {
        return version;
    }
}
