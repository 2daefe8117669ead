package com.pks.clinic.admin.internal.backup;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

import com.pks.clinic.admin.api.Backup;

/**
 * The backup folder ({@code clinic.backup.dir}; by default {@code backups} beside the data directory, so that wiping
 * the one leaves the other): one folder per backup, named by its time, holding Derby's copy of the database
 * ({@code derby/}) and what is known of it ({@code backup.properties}). Readable by the server's account alone.
 */
@ApplicationScoped
public class BackupFolders {

    static final String DATABASE = "derby";
    private static final String FACTS = "backup.properties";
    private static final DateTimeFormatter NAME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    /** The folder that holds every backup. */
    Path root() {
        Config config = ConfigProvider.getConfig(BackupFolders.class.getClassLoader());
        return config.getOptionalValue("clinic.backup.dir", String.class).map(Path::of)
                .orElseGet(() -> Path.of(config.getValue("clinic.data.dir", String.class)).toAbsolutePath()
                        .normalize().resolveSibling("backups"));
    }

    /** A new, empty folder for a backup made now. */
    Path newFolder(Instant at) {
        try {
            Path root = root();
            Files.createDirectories(root, PosixFilePermissions.asFileAttribute(
                    PosixFilePermissions.fromString("rwx------")));
            Path folder = root.resolve(NAME.format(at));
            for (int n = 2; Files.exists(folder); n++) {
                folder = root.resolve(NAME.format(at) + "-" + n);
            }
            return Files.createDirectory(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create a folder for the backup under " + root(), e);
        }
    }

    void writeFacts(Path folder, Backup backup) {
        Properties facts = new Properties();
        facts.setProperty("madeAt", backup.madeAt().toString());
        facts.setProperty("nightly", String.valueOf(backup.nightly()));
        facts.setProperty("madeBy", backup.madeBy());
        facts.setProperty("bytes", String.valueOf(backup.bytes()));
        facts.setProperty("checked", String.valueOf(backup.checked()));
        facts.setProperty("outcome", backup.outcome());
        try (OutputStream out = Files.newOutputStream(folder.resolve(FACTS))) {
            facts.store(out, "A backup of the clinic site's database; restore it with bin/restore-backup");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every backup with its facts, newest first; a folder without them is listed as not checked. */
    List<Backup> all() {
        Path root = root();
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> folders = Files.list(root)) {
            return folders.filter(Files::isDirectory).map(this::read)
                    .sorted(Comparator.comparing(Backup::madeAt).reversed()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Backup read(Path folder) {
        Properties facts = new Properties();
        try (InputStream in = Files.newInputStream(folder.resolve(FACTS))) {
            facts.load(in);
            return new Backup(folder.getFileName().toString(), Instant.parse(facts.getProperty("madeAt")),
                    Boolean.parseBoolean(facts.getProperty("nightly")), facts.getProperty("madeBy"),
                    Long.parseLong(facts.getProperty("bytes")), Boolean.parseBoolean(facts.getProperty("checked")),
                    facts.getProperty("outcome"));
        } catch (IOException | RuntimeException unreadable) {
            return new Backup(folder.getFileName().toString(), modified(folder), false, "unknown", size(folder),
                    false, "Not known to be complete: its record is missing or unreadable.");
        }
    }

    static long size(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(file -> file.toFile().length()).sum();
        } catch (IOException e) {
            return 0;
        }
    }

    private static Instant modified(Path folder) {
        try {
            return Files.getLastModifiedTime(folder).toInstant();
        } catch (IOException e) {
            return Instant.EPOCH;
        }
    }

    /** Deletes a backup folder with everything in it. */
    void delete(String name) {
        deleteTree(root().resolve(name));
    }

    static void deleteTree(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try {
            Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                    Files.delete(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException failed) throws IOException {
                    Files.delete(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete " + folder, e);
        }
    }
}
