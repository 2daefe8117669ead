package com.pks.clinic.content.api;

/** The clinic's details (name, phone, address, hours, e-mail, public address, extra crisis message). */
public interface SiteSettingsService {

    SiteSettings get();

    /** Stores the changed settings; {@link ConcurrentEditException} when they changed since they were read. */
    SiteSettings update(SiteSettings changed, String clientAddress);
}
