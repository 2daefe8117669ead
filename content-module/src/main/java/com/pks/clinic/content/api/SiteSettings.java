package com.pks.clinic.content.api;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The clinic's details, shown on every page, in the structured data that search engines read and in the staff's
 * e-mails.
 *
 * @param street            the street address, or {@code null} while the clinic gives only its town
 * @param region            the state's two-letter code, such as MT
 * @param hours             the opening hours in {@link OpeningHours}' stored form; empty when not given
 * @param hoursNote         a line shown with the hours, such as "Infusions by appointment only"
 * @param timeZone          the clinic's time zone (IANA name): hours, schedules and every date shown are in it
 * @param baseUrl           the public address of the site, for canonical links, the sitemap and e-mailed links
 * @param crisisMessage     an optional message shown with the crisis resources; it adds to them, never replaces them
 * @param announcement      a line shown on every page until {@code announcementUntil} (that day included)
 * @param version           the optimistic-lock version; an update based on an older one is refused
 */
public record SiteSettings(
        @NotBlank(message = "The clinic needs a name.") @Size(max = 120) String clinicName,
        @NotBlank(message = "Please give a phone number.")
        @Pattern(regexp = "\\+?[0-9 ()./-]{7,25}", message = "Give the whole number with its area code, like 406-880-7571.")
        String phone,
        @Size(max = 200, message = "Please keep the street under 200 characters.") String street,
        @NotBlank(message = "Please give the city.") @Size(max = 100) String city,
        @NotBlank(message = "Please give the state.")
        @Pattern(regexp = "[A-Z]{2}", message = "Use the state's two capital letters, like MT.") String region,
        @Pattern(regexp = "[0-9]{5}(-[0-9]{4})?", message = "Use a ZIP code, like 59801 or 59801-1234.")
        String postalCode,
        @Pattern(regexp = OpeningHours.FORMAT, message = "Give each day's hours as times, such as 09:00 and 17:00.")
        String hours,
        @Size(max = 300, message = "Please keep the note under 300 characters.") String hoursNote,
        @NotBlank(message = "Please choose the clinic's time zone.") String timeZone,
        @Email(message = "This does not look like an e-mail address.") @Size(max = 200) String email,
        @NotBlank @Pattern(regexp = "https?://[^\\s/]+(:[0-9]+)?/?", message = "Use the site's address, like https://example.org")
        String baseUrl,
        @Size(max = 1000, message = "Please keep the crisis message under 1,000 characters.") String crisisMessage,
        @Size(max = 300, message = "Please keep the announcement under 300 characters.") String announcement,
        LocalDate announcementUntil,
        long version) implements Serializable {

    /** The phone number as a {@code tel:} link target; North American numbers get their +1. */
    public String telephoneUri() {
        String digits = phone.replaceAll("[^0-9]", "");
        return "tel:+" + (digits.length() == 10 ? "1" + digits : digits);
    }

    /** Whether the number has as many digits as a phone number can: ten (with an optional 1) here, 8 to 15 abroad. */
    public boolean isDialable() {
        String digits = phone.replaceAll("[^0-9]", "");
        if (phone.strip().startsWith("+")) {
            return digits.length() >= 8 && digits.length() <= 15;
        }
        return digits.length() == 10 && digits.charAt(0) >= '2' || digits.length() == 11 && digits.startsWith("1");
    }

    /** The base URL without a trailing slash, ready to have a path appended. */
    public String origin() {
        return baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** "Missoula, MT" or "Missoula, MT 59801". */
    public String place() {
        return city + ", " + region + (postalCode == null || postalCode.isBlank() ? "" : " " + postalCode);
    }

    /** The whole address on one line. */
    public String addressLine() {
        return (street == null || street.isBlank() ? "" : street + ", ") + place();
    }

    public OpeningHours openingHours() {
        return OpeningHours.parse(hours);
    }

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    /** Whether the announcement shows on this day (in the clinic's time zone). */
    public boolean announces(LocalDate today) {
        return announcement != null && !announcement.isBlank()
                && (announcementUntil == null || !today.isAfter(announcementUntil));
    }
}
