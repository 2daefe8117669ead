package com.pks.clinic.web.site;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a clinician's card says besides the stored text: their credentials spelled out for patients, who may not know
 * what PMHNP-BC or FAPA means, and their initials where the team has no portrait yet.
 */
@Named
@ApplicationScoped
public class Clinicians {

    private static final Map<String, String> CREDENTIALS = Map.ofEntries(
            Map.entry("MD", "Doctor of Medicine"),
            Map.entry("DO", "Doctor of Osteopathic Medicine"),
            Map.entry("PHD", "Doctor of Philosophy"),
            Map.entry("PSYD", "Doctor of Psychology"),
            Map.entry("DNP", "Doctor of Nursing Practice"),
            Map.entry("FAPA", "Fellow of the American Psychiatric Association"),
            Map.entry("DFAPA", "Distinguished Fellow of the American Psychiatric Association"),
            Map.entry("PMHNP-BC", "Psychiatric-Mental Health Nurse Practitioner, Board Certified"),
            Map.entry("APRN", "Advanced Practice Registered Nurse"),
            Map.entry("NP", "Nurse Practitioner"),
            Map.entry("RN", "Registered Nurse"),
            Map.entry("CRNA", "Certified Registered Nurse Anesthetist"),
            Map.entry("PA-C", "Physician Assistant, Certified"),
            Map.entry("MSN", "Master of Science in Nursing"),
            Map.entry("BSN", "Bachelor of Science in Nursing"),
            Map.entry("MHSA", "Master of Health Services Administration"),
            Map.entry("MPH", "Master of Public Health"),
            Map.entry("LCSW", "Licensed Clinical Social Worker"),
            Map.entry("LCPC", "Licensed Clinical Professional Counselor"));

    /** Each credential of a list such as "MD, FAPA" that patients may not know, with what it means. */
    public List<Map.Entry<String, String>> explained(String credentials) {
        if (credentials == null) {
            return List.of();
        }
        return Arrays.stream(credentials.split("[,;]")).map(String::strip)
                .filter(credential -> CREDENTIALS.containsKey(credential.toUpperCase(Locale.ROOT)))
                .map(credential -> Map.entry(credential, CREDENTIALS.get(credential.toUpperCase(Locale.ROOT))))
                .toList();
    }

    /** "Kay Jennings" → "KJ"; "William D. Stratford" → "WS": the first and last names' initials. */
    public String initials(String name) {
        String[] words = name == null ? new String[0] : name.strip().split("\\s+");
        if (words.length == 0 || words[0].isEmpty()) {
            return "";
        }
        String first = words[0].substring(0, 1);
        return words.length == 1 ? first : first + words[words.length - 1].substring(0, 1);
    }
}
