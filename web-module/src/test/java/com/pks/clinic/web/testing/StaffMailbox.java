package com.pks.clinic.web.testing;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.List;

/**
 * A real SMTP server (GreenMail) on this machine, where the running site sends its staff notifications. It can be
 * taken down and brought back on the same port, as a mail server outage would.
 */
public final class StaffMailbox implements AutoCloseable {

    private final int port;
    private GreenMail server;

    StaffMailbox() {
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        start();
    }

    /** What the site needs to send here. */
    List<String> siteSettings() {
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

    @Override
    public void close() {
        stop();
    }
}
