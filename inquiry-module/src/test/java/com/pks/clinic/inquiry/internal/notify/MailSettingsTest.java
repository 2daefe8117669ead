package com.pks.clinic.inquiry.internal.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class MailSettingsTest {

    @Test
    void starttlsIsRequiredNotOnlyOffered() {
        Properties properties = settings(true, false).sessionProperties();
        assertEquals("true", properties.get("mail.smtp.starttls.enable"));
        assertEquals("true", properties.get("mail.smtp.starttls.required"), "no silent fall back to plain text");
        assertEquals("true", properties.get("mail.smtp.ssl.checkserveridentity"));
        assertEquals("587", properties.get("mail.smtp.port"));
    }

    @Test
    void implicitTlsSpeaksTlsFromTheFirstByte() {
        Properties properties = settings(true, true).sessionProperties();
        assertEquals("true", properties.get("mail.smtp.ssl.enable"));
        assertNull(properties.get("mail.smtp.starttls.enable"));
        assertEquals("465", properties.get("mail.smtp.port"), "SMTPS's port unless another is set");
    }

    @Test
    void plainSmtpOnlyWhenBothAreOff() {
        Properties properties = settings(false, false).sessionProperties();
        assertNull(properties.get("mail.smtp.starttls.enable"));
        assertNull(properties.get("mail.smtp.ssl.enable"));
    }

    private static MailSettings settings(boolean startTls, boolean implicitTls) {
        MailSettings settings = new MailSettings();
        settings.host = Optional.of("mail.clinic.example");
        settings.port = Optional.empty();
        settings.username = Optional.empty();
        settings.startTls = startTls;
        settings.implicitTls = implicitTls;
        return settings;
    }
}
