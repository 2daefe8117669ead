package com.pks.clinic.web.admin.clinic;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

import com.pks.clinic.content.api.ConcurrentEditException;
import com.pks.clinic.content.api.EditableSettings;
import com.pks.clinic.content.api.InvalidContentException;
import com.pks.clinic.content.api.OpeningHours;
import com.pks.clinic.content.api.SettingsRevision;
import com.pks.clinic.content.api.SiteSettings;
import com.pks.clinic.content.api.SiteSettingsService;
import com.pks.clinic.web.admin.pages.HistoryBacking;
import com.pks.clinic.web.platform.client.ClientAddress;
import com.pks.clinic.web.platform.time.ClinicTime;
import com.pks.clinic.web.platform.faces.FieldErrors;

/**
 * The clinic's details ({@code /admin/clinic}): name, phone, address, opening hours, time zone, e-mail, the site's
 * address, the extra crisis message and an announcement. Like a page's text: saved as a draft, previewed, published
 * (then on every page, in the structured data search engines read and in the staff's e-mails; audited), every state
 * kept and any brought back.
 */
@Named
@ViewScoped
public class ClinicDetailsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The time zones of the United States, offered first; any other zone stays possible. */
    private static final List<String> US_ZONES = List.of("America/New_York", "America/Chicago", "America/Denver",
            "America/Phoenix", "America/Los_Angeles", "America/Anchorage", "Pacific/Honolulu");

    @Inject
    private SiteSettingsService settings;

    @Inject
    private ClientAddress client;

    private EditableSettings editing;
    private List<SettingsRevision> history = List.of();
    private String clinicName;
    private String phone;
    private String street;
    private String city;
    private String region;
    private String postalCode;
    private List<DayHours> days = List.of();
    private String hoursNote;
    private String timeZone;
    private String email;
    private String baseUrl;
    private String crisisMessage;
    private String announcement;
    private LocalDate announcementUntil;
    private FieldErrors errors = FieldErrors.none();

    public void load() {
        editing = settings.getForEditing();
        show(editing.current());
        history = settings.history();
    }

    public void saveDraft() throws IOException {
        if (save()) {
            done("Draft saved. The site still shows the published details: preview them, then publish.");
        }
    }

    public void preview() throws IOException {
        if (save()) {
            Faces.redirect(Faces.getRequestContextPath() + "/admin/clinic/preview");
        }
    }

    public void publish() throws IOException {
        if (save() && attempt(() -> settings.publish(editing.live().version(), client.get()))) {
            done("Published. Every page of the site shows the new details now.");
        }
    }

    /** Makes an earlier state the draft; the site changes when it is published. */
    public void restore(long revisionId) throws IOException {
        if (attempt(() -> settings.restore(revisionId, editing.live().version(), client.get()))) {
            done("That earlier state is the draft now. Publish it to show it on the site.");
        }
    }

    /** Saves the form as the draft when it differs from what is saved; false, with the problems shown, if refused. */
    private boolean save() {
        errors = FieldErrors.none();
        SiteSettings typed = typed();
        if (typed.equals(editing.current())) {
            return true;
        }
        return attempt(() -> editing = settings.saveDraft(typed, client.get()));
    }

    private boolean attempt(Runnable change) {
        try {
            change.run();
            return true;
        } catch (InvalidContentException invalid) {
            errors = FieldErrors.of(invalid.problems());
        } catch (ConcurrentEditException raced) {
            Messages.addGlobalWarn("Someone else changed the clinic's details after you opened them. Nothing was "
                    + "saved. Open this screen again to see their change, then make yours.");
        }
        return false;
    }

    private void done(String message) throws IOException {
        Messages.addFlashGlobalInfo(message);
        Faces.redirect(Faces.getRequestContextPath() + "/admin/clinic");
    }

    private SiteSettings typed() {
        String hours = days.stream().filter(DayHours::isOpen)
                .map(day -> OpeningHours.code(day.day()) + " " + day.getOpens() + "-" + day.getCloses())
                .collect(Collectors.joining(";"));
        return new SiteSettings(clinicName, phone, blankAsNull(street), city,
                region == null ? null : region.strip().toUpperCase(), blankAsNull(postalCode),
                hours.isEmpty() ? null : hours, blankAsNull(hoursNote), timeZone, blankAsNull(email), baseUrl,
                blankAsNull(crisisMessage), blankAsNull(announcement), announcementUntil,
                editing.live().version());
    }

    private static String blankAsNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    private void show(SiteSettings details) {
        clinicName = details.clinicName();
        phone = details.phone();
        street = details.street();
        city = details.city();
        region = details.region();
        postalCode = details.postalCode();
        OpeningHours hours = details.openingHours();
        List<DayHours> week = new ArrayList<>();
        for (DayOfWeek day : OpeningHours.week()) {
            week.add(hours.on(day).map(open -> new DayHours(day, true, open.opens().toString(),
                    open.closes().toString())).orElseGet(() -> new DayHours(day, false, "09:00", "17:00")));
        }
        days = week;
        hoursNote = details.hoursNote();
        timeZone = details.timeZone();
        email = details.email();
        baseUrl = details.baseUrl();
        crisisMessage = details.crisisMessage();
        announcement = details.announcement();
        announcementUntil = details.announcementUntil();
    }

    /** The zones to choose from: the United States' and the one set now. */
    public Set<String> getZones() {
        Set<String> zones = new LinkedHashSet<>(US_ZONES);
        zones.add(editing.current().timeZone());
        return zones;
    }

    /** A choice of time zone in words, such as "Mountain Time (Denver)". */
    public String zoneLabel(String zone) {
        return ClinicTime.zoneLabel(zone);
    }

    public EditableSettings getEditing() {
        return editing;
    }

    public List<SettingsRevision> getHistory() {
        return history;
    }

    /** What a revision was, in words, as a page's history says it. */
    public String action(SettingsRevision revision) {
        return HistoryBacking.action(revision.action());
    }

    public FieldErrors getErrors() {
        return errors;
    }

    public List<DayHours> getDays() {
        return days;
    }

    public String getClinicName() {
        return clinicName;
    }

    public void setClinicName(String clinicName) {
        this.clinicName = clinicName;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getStreet() {
        return street;
    }

    public void setStreet(String street) {
        this.street = street;
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city;
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }

    public String getPostalCode() {
        return postalCode;
    }

    public void setPostalCode(String postalCode) {
        this.postalCode = postalCode;
    }

    public String getHoursNote() {
        return hoursNote;
    }

    public void setHoursNote(String hoursNote) {
        this.hoursNote = hoursNote;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getBaseUrl() {
        return baseUrl;
    }

    public void setBaseUrl(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public String getCrisisMessage() {
        return crisisMessage;
    }

    public void setCrisisMessage(String crisisMessage) {
        this.crisisMessage = crisisMessage;
    }

    public String getAnnouncement() {
        return announcement;
    }

    public void setAnnouncement(String announcement) {
        this.announcement = announcement;
    }

    public LocalDate getAnnouncementUntil() {
        return announcementUntil;
    }

    public void setAnnouncementUntil(LocalDate announcementUntil) {
        this.announcementUntil = announcementUntil;
    }
}
