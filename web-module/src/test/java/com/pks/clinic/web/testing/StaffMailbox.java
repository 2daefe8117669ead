package com.pks.clinic.web.testing;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A real SMTP server (GreenMail) on this machine, where the running site sends its staff notifications. It can be
 * taken down and brought back on the same port, as a mail server outage would.
 */
public final class StaffMailbox implements AutoCloseable {

    private final int port;
    private GreenMail server;

    public StaffMailbox() {
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        start();
    }

    /** What the site needs to send here. */
    public List<String> siteSettings() {
        return List.of("-Dclinic.mail.smtp.host=127.0.0.1", "-Dclinic.mail.smtp.port=" + port,
                "-Dclinic.mail.smtp.starttls=false", "-Dclinic.mail.from=website@clinic.test",
                "-Dclinic.mail.to=staff@clinic.test");
    }

    public void start() {
        server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
    }

    public void stop() {
        server.stop();
    }

    /** Every message received since the server last started. */
    public List<MimeMessage> messages() {
        return List.of(server.getReceivedMessages());
    }

    /** The notifications received about the inquiry with this reference. */
    public List<MimeMessage> notificationsFor(String reference) {
        return messages().stream().filter(m -> GreenMailUtil.getBody(m).contains(reference)).toList();
    }

    /** Waits for the first message to this address (a message to one member of staff, such as an invitation). */
    public MimeMessage awaitMessageTo(String address, Duration limit) throws InterruptedException, MessagingException {
        Instant deadline = Instant.now().plus(limit);
        while (Instant.now().isBefore(deadline)) {
            for (MimeMessage message : messages()) {
                if (GreenMailUtil.getAddressList(message.getAllRecipients()).contains(address)) {
                    return message;
                }
            }
            Thread.sleep(250);
        }
        throw new AssertionError("No message to " + address + " within " + limit);
    }

    /** Waits for the first notification about the inquiry with this reference. */
    public MimeMessage awaitNotification(String reference, Duration limit) throws InterruptedException {
        Instant deadline = Instant.now().plus(limit);
        while (Instant.now().isBefore(deadline)) {
            List<MimeMessage> found = notificationsFor(reference);
            if (!found.isEmpty()) {
                return found.get(0);
            }
            Thread.sleep(250);
        }
        throw new AssertionError("No notification for " + reference + " within " + limit);
    }

    @Override
    public void close() {
        stop();
    }
}
