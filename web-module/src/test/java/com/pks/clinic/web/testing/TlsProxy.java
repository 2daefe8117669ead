package com.pks.clinic.web.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * Debian's nginx in front of a site, ending TLS with a certificate made for the test, with the configuration that
 * the README gives (its {@code nginx} block, with the test's ports and certificate put in): what a clinic would
 * run, tried as it is written.
 */
public final class TlsProxy implements AutoCloseable {

    private static final String NGINX = System.getProperty("nginx.binary", "/usr/sbin/nginx");

    private final Path folder;
    private final int httpsPort = RunningSite.freePort();
    private final int httpPort = RunningSite.freePort();
    private final X509Certificate certificate;
    private final Process nginx;

    private TlsProxy(int sitePort) throws IOException, InterruptedException {
        // in the system's temporary folder, which nginx's workers (nobody, when the tests run as root) can reach
        folder = Files.createTempDirectory("clinic-tls-proxy-",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
        run("openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=localhost",
                "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1",
                "-keyout", folder.resolve("key.pem").toString(), "-out", folder.resolve("cert.pem").toString());
        try (InputStream in = Files.newInputStream(folder.resolve("cert.pem"))) {
            certificate = (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
        } catch (CertificateException e) {
            throw new IllegalStateException(e);
        }
        Files.writeString(folder.resolve("nginx.conf"), configuration(sitePort));
        run(NGINX, "-t", "-q", "-p", folder.toString(), "-c", folder.resolve("nginx.conf").toString());
        nginx = new ProcessBuilder(NGINX, "-p", folder.toString(), "-c", folder.resolve("nginx.conf").toString())
                .redirectErrorStream(true).redirectOutput(folder.resolve("nginx.out").toFile()).start();
        awaitListening();
    }

    /** nginx with the README's configuration in front of this site. */
    public static TlsProxy inFrontOf(RunningSite site) {
        return inFrontOf(site.port());
    }

    private static TlsProxy inFrontOf(int sitePort) {
        try {
            return new TlsProxy(sitePort);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The same in front of a site that is down (a port nothing listens on). */
    public static TlsProxy inFrontOfASiteThatIsDown() {
        return inFrontOf(RunningSite.freePort());
    }

    /** The address of this path through the proxy, over HTTPS. */
    public URI uri(String path) {
        return URI.create("https://localhost:" + httpsPort + path);
    }

    /** The same over plain HTTP, which the proxy only sends on to HTTPS. */
    public URI plainUri(String path) {
        return URI.create("http://localhost:" + httpPort + path);
    }

    /** A TLS context that trusts this proxy's certificate and nothing else. */
    public SSLContext trust() {
        try {
            KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
            store.load(null, null);
            store.setCertificateEntry("proxy", certificate);
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(store);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, trust.getTrustManagers(), null);
            return context;
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The certificate's public key as Chromium's {@code --ignore-certificate-errors-spki-list} names it. */
    public String publicKeyPin() {
        try {
            return Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256")
                    .digest(certificate.getPublicKey().getEncoded()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        nginx.destroy();
        try {
            nginx.waitFor(10, TimeUnit.SECONDS);
            Folders.wipe(folder);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The README's server blocks, with this test's ports and certificate, in a configuration of nginx's own. */
    private String configuration(int sitePort) throws IOException {
        String readme = Files.readString(Path.of(TestSettings.required("readme")));
        int start = readme.indexOf("```nginx\n");
        if (start < 0) {
            throw new IllegalStateException("The README has no nginx configuration");
        }
        String servers = readme.substring(start + "```nginx\n".length(), readme.indexOf("\n```", start));
        servers = replace(servers, "listen 80 default_server;", "listen 127.0.0.1:" + httpPort + " default_server;");
        servers = replace(servers, "listen 80;", "listen 127.0.0.1:" + httpPort + ";");
        servers = replace(servers, "listen 443 ssl http2;", "listen 127.0.0.1:" + httpsPort + " ssl http2;");
        servers = servers.replaceAll("\\s*listen \\[::]:[^;]*;", ""); // the test machine's IPv6 may be off
        servers = replace(servers, "clinic.example.org", "localhost"); // the site's name, its certificate's
        servers = replace(servers, "/etc/letsencrypt/live/localhost/fullchain.pem", folder.resolve("cert.pem").toString());
        servers = replace(servers, "/etc/letsencrypt/live/localhost/privkey.pem", folder.resolve("key.pem").toString());
        servers = replace(servers, "proxy_pass http://127.0.0.1:8080;", "proxy_pass http://127.0.0.1:" + sitePort + ";");
        return """
                daemon off;
                worker_processes 1;
                pid %1$s/nginx.pid;
                error_log %1$s/error.log;
                events { worker_connections 64; }
                http {
                    access_log off;
                    client_body_temp_path %1$s/body;
                    proxy_temp_path %1$s/proxy;
                    fastcgi_temp_path %1$s/fastcgi;
                    uwsgi_temp_path %1$s/uwsgi;
                    scgi_temp_path %1$s/scgi;
                %2$s
                }
                """.formatted(folder, servers);
    }

    /** Puts in the test's value where the README has a clinic's; fails when the README no longer says it so. */
    private static String replace(String configuration, String clinics, String tests) {
        if (!configuration.contains(clinics)) {
            throw new IllegalStateException("The README's nginx configuration no longer has: " + clinics);
        }
        return configuration.replace(clinics, tests);
    }

    private void awaitListening() throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (Instant.now().isBefore(deadline)) {
            try (Socket probe = new Socket("127.0.0.1", httpsPort)) {
                return;
            } catch (IOException notYet) {
                if (!nginx.isAlive()) {
                    break;
                }
                Thread.sleep(50);
            }
        }
        throw new IllegalStateException("nginx did not start; see " + folder.resolve("error.log"));
    }

    private static void run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (process.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
        }
    }
}
