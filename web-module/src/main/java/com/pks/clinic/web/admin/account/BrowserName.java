package com.pks.clinic.web.admin.account;

import java.util.List;
import java.util.Map;

/**
 * A browser as a person knows it ("Chrome on Windows"), from the name it gave itself (its User-Agent), for the list
 * of one's recent sign-ins. Only the common ones are told apart; anything else is "another browser".
 */
final class BrowserName {

    /** Looked for in this order: Edge and Opera also call themselves Chrome, and Chrome calls itself Safari. */
    private static final List<Map.Entry<String, String>> BROWSERS = List.of(
            Map.entry("Edg", "Edge"), Map.entry("OPR/", "Opera"), Map.entry("Firefox/", "Firefox"),
            Map.entry("FxiOS/", "Firefox"), Map.entry("Chrome/", "Chrome"), Map.entry("CriOS/", "Chrome"),
            Map.entry("Safari/", "Safari"));

    /** iPhones and Android phones also name the system they run on after another. */
    private static final List<Map.Entry<String, String>> SYSTEMS = List.of(
            Map.entry("iPhone", "an iPhone"), Map.entry("iPad", "an iPad"), Map.entry("Android", "Android"),
            Map.entry("Windows", "Windows"), Map.entry("Macintosh", "a Mac"), Map.entry("CrOS", "ChromeOS"),
            Map.entry("Linux", "Linux"));

    private BrowserName() {
    }

    static String of(String userAgent) {
        if (userAgent == null || userAgent.isBlank()) {
            return "not known";
        }
        String browser = firstFound(BROWSERS, userAgent, "another browser");
        String system = firstFound(SYSTEMS, userAgent, null);
        return system == null ? browser : browser + " on " + system;
    }

    private static String firstFound(List<Map.Entry<String, String>> names, String userAgent, String otherwise) {
        return names.stream().filter(name -> userAgent.contains(name.getKey())).map(Map.Entry::getValue).findFirst()
                .orElse(otherwise);
    }
}
