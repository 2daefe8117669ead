package com.pks.clinic.web.site;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;

import com.pks.clinic.content.api.OpeningHours;
import com.pks.clinic.content.api.SiteSettings;
import com.pks.clinic.content.api.TeamMember;
import com.pks.clinic.web.site.media.Pictures;
import com.pks.clinic.web.site.media.ShownPicture;

/**
 * schema.org descriptions (JSON-LD) that search engines read: the clinic on the home page, its clinicians on the
 * team page. Data, not script: rendered inside {@code <script type="application/ld+json">}.
 */
final class StructuredData {

    private static final String CONTEXT = "https://schema.org";

    private StructuredData() {
    }

    static String clinic(SiteSettings site) {
        JsonObjectBuilder clinic = organisation(site)
                .add("@context", CONTEXT)
                .add("url", site.origin() + "/")
                .add("telephone", site.telephoneUri().substring("tel:".length()))
                .add("medicalSpecialty", "Psychiatric")
                .add("address", address(site));
        if (site.email() != null && !site.email().isBlank()) {
            clinic.add("email", site.email());
        }
        OpeningHours hours = site.openingHours();
        if (!hours.isEmpty()) {
            JsonArrayBuilder days = Json.createArrayBuilder();
            for (OpeningHours.Day day : hours.days()) {
                days.add(Json.createObjectBuilder()
                        .add("@type", "OpeningHoursSpecification")
                        .add("dayOfWeek", "https://schema.org/" + day.day().getDisplayName(TextStyle.FULL, Locale.US))
                        .add("opens", day.opens().toString())
                        .add("closes", day.closes().toString()));
            }
            clinic.add("openingHoursSpecification", days);
        }
        return script(clinic.build());
    }

    /** A condition's page as a {@code MedicalCondition} the clinic treats; an article as an {@code Article}. */
    static String entry(SiteSettings site, EntryPage entry, Pictures pictures) {
        String url = site.origin() + entry.path();
        JsonObjectBuilder json = Json.createObjectBuilder().add("@context", CONTEXT);
        if (!entry.isArticle()) {
            json.add("@type", "MedicalCondition").add("name", entry.title()).add("url", url)
                    .add("possibleTreatment", Json.createObjectBuilder().add("@type", "MedicalTherapy")
                            .add("name", "Ketamine infusion therapy"));
            if (!entry.description().isEmpty()) {
                json.add("description", entry.description());
            }
            return script(json.build());
        }
        json.add("@type", "Article").add("headline", entry.title()).add("url", url)
                .add("publisher", organisation(site));
        if (entry.date() != null) {
            json.add("datePublished", entry.date().toString());
        }
        if (entry.author() != null) {
            json.add("author", Json.createObjectBuilder().add("@type", "Person").add("name", entry.author()));
        }
        if (!entry.description().isEmpty()) {
            json.add("description", entry.description());
        }
        ShownPicture picture = pictures.picture(entry.imagePath(), "");
        if (picture != null) {
            json.add("image", site.origin() + picture.src());
        }
        return script(json.build());
    }

    private static JsonObjectBuilder organisation(SiteSettings site) {
        return Json.createObjectBuilder().add("@type", "MedicalClinic").add("name", site.clinicName());
    }

    private static JsonObjectBuilder address(SiteSettings site) {
        JsonObjectBuilder address = Json.createObjectBuilder()
                .add("@type", "PostalAddress")
                .add("addressLocality", site.city())
                .add("addressRegion", site.region())
                .add("addressCountry", "US");
        if (site.street() != null) {
            address.add("streetAddress", site.street());
        }
        if (site.postalCode() != null) {
            address.add("postalCode", site.postalCode());
        }
        return address;
    }

    /** Physicians (an MD among the credentials) as {@code Physician}, everyone else as {@code Person}. */
    static String team(SiteSettings site, List<TeamMember> team, Pictures pictures) {
        JsonArrayBuilder people = Json.createArrayBuilder();
        for (TeamMember member : team) {
            boolean physician = member.credentials() != null && member.credentials().matches("(^|.*\\W)(MD|DO)(\\W.*|$)");
            JsonObjectBuilder person = Json.createObjectBuilder()
                    .add("@type", physician ? "Physician" : "Person")
                    .add("name", member.name());
            if (member.credentials() != null) {
                person.add(physician ? "description" : "honorificSuffix", member.credentials());
            }
            if (member.role() != null) {
                person.add(physician ? "medicalSpecialty" : "jobTitle", physician ? "Psychiatric" : member.role());
            }
            if (!physician) {
                person.add("worksFor", organisation(site));
            }
            ShownPicture photo = pictures.picture(member.photoPath(), "");
            if (photo != null) {
                person.add("image", site.origin() + photo.src());
            }
            people.add(person);
        }
        return script(Json.createObjectBuilder().add("@context", CONTEXT).add("@graph", people).build());
    }

    /** JSON that cannot end the script element it stands in, whatever the text in it. */
    private static String script(JsonObject json) {
        // JSON's own escapes: the text can neither end the script element nor open a comment or a tag in it
        return json.toString().replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e");
    }
}
