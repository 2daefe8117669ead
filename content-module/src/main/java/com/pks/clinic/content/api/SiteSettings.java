package com.pks.clinic.content.api;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The clinic's details shown on every page and used for links that leave the site.
 *
 * @param baseUrl        the public address of the site, for canonical links, the sitemap and e-mailed links
 * @param crisisMessage  an optional message shown with the crisis resources; it adds to them, never replaces them
 * @param version        the optimistic-lock version; an update based on an older one is refused
 */
public record SiteSettings(
        @NotBlank(message = "The clinic needs a name.") @Size(max = 120) String clinicName,
        @NotBlank(message = "Please give a phone number.")
        @Pattern(regexp = "\\+?[0-9 ()./-]{7,25}", message = "Use digits, spaces, dashes or dots, like 406-880-7571.")
        String phone,
        @NotBlank(message = "Please give the address.") @Size(max = 300) String address,
        @Size(max = 300) String hours,
        @Email(message = "This does not look like an e-mail address.") @Size(max = 200) String email,
        @NotBlank @Pattern(regexp = "https?://[^\\s/]+(:[0-9]+)?/?", message = "Use the site's address, like https://example.org")
        String baseUrl,
        @Size(max = 1000) String crisisMessage,
        long version) {

    /** The phone number as a {@code tel:} link target; North American numbers get their +1. */
    public String telephoneUri() {
        String digits = phone.replaceAll("[^0-9]", "");
        return "tel:+" + (digits.length() == 10 ? "1" + digits : digits);
    }

    /** The base URL without a trailing slash, ready to have a path appended. */
    public String origin() {
        return baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }
}
