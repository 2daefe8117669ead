package com.pks.clinic.inquiry.internal.notify;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The mail server that notifications go through, from configuration; notifications are off when no host is set. */
@ApplicationScoped
public class MailSettings {

    @Inject
    @ConfigProperty(name = "clinic.mail.smtp.host")
    Optional<String> host;

    @Inject
    @ConfigProperty(name = "clinic.mail.smtp.port")
    Optional<Integer> port;

    @Inject
    @ConfigProperty(name = "clinic.mail.smtp.username")
    Optional<String> username;

    @Inject
    @ConfigProperty(name = "clinic.mail.smtp.password")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "clinic.mail.smtp.starttls", defaultValue = "true")
    boolean startTls;

    /** TLS from the first byte (SMTPS, usually port 465) instead of STARTTLS. */
    @Inject
    @ConfigProperty(name = "clinic.mail.smtp.implicit-tls", defaultValue = "false")
    boolean implicitTls;

    @Inject
    @ConfigProperty(name = "clinic.mail.from", defaultValue = "website@localhost")
    String from;

    /** Comma-separated; read as text because Payara 6 cannot inject an optional list. */
    @Inject
    @ConfigProperty(name = "clinic.mail.to")
    Optional<String> to;

    /** Whether the inquiry notices reach anyone: a mail server and the staff addresses to tell. */
    public boolean enabled() {
        return serverConfigured() && !recipients().isEmpty();
    }

    /** Whether any mail can go out at all (a message to one member of staff needs no list of addresses). */
    public boolean serverConfigured() {
        return host.filter(h -> !h.isBlank()).isPresent();
    }

    Properties sessionProperties() {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", host.orElseThrow());
        // SMTPS listens on 465, submission with STARTTLS on 587
        properties.put("mail.smtp.port", Integer.toString(port.orElse(implicitTls ? 465 : 587)));
        properties.put("mail.smtp.auth", Boolean.toString(username.isPresent()));
        if (implicitTls) {
            properties.put("mail.smtp.ssl.enable", "true");
        } else if (startTls) {
            // required, not only offered: a man in the middle could otherwise strip it and read the password
            properties.put("mail.smtp.starttls.enable", "true");
            properties.put("mail.smtp.starttls.required", "true");
        }
        properties.put("mail.smtp.ssl.checkserveridentity", "true");
        properties.put("mail.smtp.connectiontimeout", "5000");
        properties.put("mail.smtp.timeout", "10000");
        return properties;
    }

    /** Whether a password would cross the network in plain text: a login without any TLS. */
    boolean sendsPasswordInClear() {
        return username.isPresent() && !startTls && !implicitTls;
    }

    Optional<String> username() {
        return username;
    }

    String password() {
        return password.orElse("");
    }

    String from() {
        return from;
    }

    List<String> recipients() {
        return to.stream().flatMap(list -> Arrays.stream(list.split(","))).map(String::strip)
                .filter(address -> !address.isEmpty()).toList();
    }
}
