package com.pks.clinic.web.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.json.Json;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

import com.pks.clinic.content.api.SiteSettings;

class StructuredDataTest {

    @Test
    void aNameThatTriesToEndTheScriptStaysDataInsideIt() {
        String name = "A</script><!--<script>alert(1)</script> & Co";
        String json = StructuredData.clinic(new SiteSettings(name, "406-880-7571", null, "Missoula", "MT", null,
                null, null, "America/Denver", null, "https://clinic.example", null, null, null, 0));
        assertFalse(json.contains("<") || json.contains(">") || json.contains("&"), json);
        assertEquals(name, Json.createReader(new StringReader(json)).readObject().getString("name"),
                "the escapes are JSON's own: a reader gets the name back exactly");
    }
}
