package com.pks.clinic.web.platform.database;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Whether the disk of the data directory can take what the site writes: a small file in it can be written (a disk
 * that went read-only after an error says so only then) and at least {@code clinic.data.min-free-mb} stays free.
 * Asked before an inquiry is stored and by {@code /health}, and looked at again at most every two seconds: on a full
 * or read-only disk new inquiries are refused, with a message to call, before Derby could fail halfway through a
 * write, and the site says DOWN until the disk takes data again. What is stored already stays readable. Each change
 * of state is logged once.
 */
@ApplicationScoped
public class DataDisk {

    private static final Logger LOG = Logger.getLogger(DataDisk.class.getName());
    private static final long MEGABYTE = 1024 * 1024;
    private static final long RECHECK_MILLIS = 2000;
    private static final Set<StandardOpenOption> WRITE_OPTIONS = Set.of(StandardOpenOption.CREATE,
            StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
    private static final FileAttribute<Set<PosixFilePermission>> OWNER_ONLY =
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"));

    @Inject
    @ConfigProperty(name = "clinic.data.min-free-mb", defaultValue = "64")
    long minimumFreeMegabytes;

    private final Path dataDirectory = DatabaseLocation.configured().dataDirectory();

    private volatile long nextCheck;
    private volatile State state = State.WRITABLE;

    private enum State { WRITABLE, FULL, NOT_WRITABLE }

    /** Whether new data can be written now. */
    public boolean isWritable() {
        if (System.currentTimeMillis() >= nextCheck) {
            checkUnlessJustChecked();
        }
        return state == State.WRITABLE;
    }

    /** One thread looks; those that waited for it take what it found. */
    private synchronized void checkUnlessJustChecked() {
        if (System.currentTimeMillis() < nextCheck) {
            return;
        }
        check();
        nextCheck = System.currentTimeMillis() + RECHECK_MILLIS;
    }

    private void check() {
        Path probe = dataDirectory.resolve(".disk-check");
        try {
            writeOwnerOnly(probe, Instant.now().toString());
            long free = Files.getFileStore(dataDirectory).getUsableSpace() / MEGABYTE;
            if (free < minimumFreeMegabytes) {
                become(State.FULL, "has " + free + " MB free, less than the " + minimumFreeMegabytes
                        + " MB kept in reserve (clinic.data.min-free-mb)");
            } else {
                become(State.WRITABLE, "takes data again: inquiries are taken");
            }
        } catch (IOException e) {
            become(State.NOT_WRITABLE, "cannot be written (" + e + ")");
        }
    }

    /** Like everything in the data directory, readable by the server's account alone. */
    private static void writeOwnerOnly(Path file, String text) throws IOException {
        try (SeekableByteChannel out = Files.newByteChannel(file, WRITE_OPTIONS, OWNER_ONLY)) {
            out.write(ByteBuffer.wrap(text.getBytes(StandardCharsets.US_ASCII)));
        } catch (UnsupportedOperationException notPosix) {
            Files.writeString(file, text); // Windows: the folder's access list applies
        }
    }

    private void become(State now, String words) {
        if (state == now) {
            return;
        }
        state = now;
        if (now == State.WRITABLE) {
            LOG.info(() -> "The data directory " + dataDirectory + " " + words);
        } else {
            LOG.log(Level.SEVERE, "The data directory {0} {1}: new inquiries are refused and /health says DOWN "
                    + "until it takes data again", new Object[] {dataDirectory, words});
        }
    }
}
