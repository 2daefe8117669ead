package com.pks.clinic.web.site;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.List;

import com.pks.clinic.content.api.SiteSettings;
import com.pks.clinic.content.api.TeamMember;

/**
 * schema.org descriptions (JSON-LD) that search engines read: the clinic on the home page, its clinicians on the
 * team page. Data, not script: rendered inside {@code <script type="application/ld+json">}.
 */
final class StructuredData {

    private static final String CONTEXT = "https://schema.org";

    private StructuredData() {
    }

    static String clinic(SiteSettings site) {
        JsonObjectBuilder clinic = Json.createObjectBuilder()
                .add("@context", CONTEXT)
                .add("@type", "MedicalClinic")
                .add("name", site.clinicName())
                .add("url", site.origin() + "/")
                .add("telephone", site.telephoneUri().substring("tel:".length()))
                .add("medicalSpecialty", "Psychiatric")
                .add("address", Json.createObjectBuilder()
                        .add("@type", "PostalAddress")
                        .add("addressLocality", "Missoula")
                        .add("addressRegion", "MT")
                        .add("addressCountry", "US")
                        .add("description", site.address()));
        if (site.email() != null && !site.email().isBlank()) {
            clinic.add("email", site.email());
        }
        return script(clinic.build());
    }

    /** Physicians (an MD among the credentials) as {@code Physician}, everyone else as {@code Person}. */
    static String team(SiteSettings site, List<TeamMember> team) {
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
                person.add("worksFor", Json.createObjectBuilder().add("@type", "MedicalClinic")
                        .add("name", site.clinicName()));
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
