package com.pks.clinic.admin.internal.setup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.pks.clinic.admin.internal.account.OneTimeTokens;

/**
 * The one-time set-up link, kept as a file in the data directory ({@code admin-set-up}, owner-only): the SHA-256 of
 * its token, its expiry, and who issued it ({@code first-run} or {@code break-glass}). A file rather than a row so
 * that the break-glass command ({@code bin/set-up-link}) can issue one on the server whether the site runs or not
 * (the running site holds the embedded database locked). Only the hash is stored: reading the file does not give
 * the link.
 */
@ApplicationScoped
public class SetUpLinks {

    static final String FILE_NAME = "admin-set-up";
    static final Duration VALID_FOR = Duration.ofHours(24);

    /** Who issued a link: the site on its first start, or the break-glass command. */
    public enum Origin { FIRST_RUN, BREAK_GLASS }

    /** A link waiting to be used. */
    public record Pending(String tokenHash, Instant expiresAt, Origin origin) {
    }

    @Inject
    @ConfigProperty(name = "clinic.data.dir")
    String dataDirectory;

    /** Issues a new link (any earlier one stops working) and returns its token. */
    public String issue(Instant now) {
        String token = OneTimeTokens.fresh();
        String line = OneTimeTokens.hash(token) + " " + now.plus(VALID_FOR).getEpochSecond() + " first-run\n";
        try {
            Path file = file();
            Files.createDirectories(file.getParent());
            Files.deleteIfExists(file);
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(file, line, StandardCharsets.US_ASCII, StandardOpenOption.TRUNCATE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("The set-up link could not be written to " + file(), e);
        }
        return token;
    }

    /** The link this token opens, if it is the pending one and has not expired. */
    public Optional<Pending> valid(String token, Instant now) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        return pending().filter(link -> now.isBefore(link.expiresAt())
                && MessageDigest.isEqual(link.tokenHash().getBytes(StandardCharsets.US_ASCII),
                        OneTimeTokens.hash(token).getBytes(StandardCharsets.US_ASCII)));
    }

    /** The link stops working: it has been used. */
    public void spend() {
        try {
            Files.deleteIfExists(file());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Optional<Pending> pending() {
        try {
            List<String> fields = List.of(Files.readString(file(), StandardCharsets.US_ASCII).strip().split("\\s+"));
            Origin origin = fields.size() > 2 && "break-glass".equals(fields.get(2)) ? Origin.BREAK_GLASS
                    : Origin.FIRST_RUN;
            return Optional.of(new Pending(fields.get(0), Instant.ofEpochSecond(Long.parseLong(fields.get(1))),
                    origin));
        } catch (IOException | RuntimeException noOrBrokenFile) {
            return Optional.empty();
        }
    }

    private Path file() {
        return Path.of(dataDirectory).resolve(FILE_NAME);
    }
}
