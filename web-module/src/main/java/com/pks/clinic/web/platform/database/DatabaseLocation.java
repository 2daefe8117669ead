package com.pks.clinic.web.platform.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Where the embedded Derby database lives: {@code derby/} under the data directory that the setting
 * {@code clinic.data.dir} (environment variable {@code CLINIC_DATA_DIR}) names.
 */
record DatabaseLocation(Path dataDirectory) {

    static final String DATA_DIR_SETTING = "clinic.data.dir";

    private static final FileAttribute<Set<PosixFilePermission>> OWNER_ONLY_FOLDER =
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------"));

    /**
     * The configured location. Asked with this class's own class loader because the connection pool may create
     * the data source on a server thread that does not carry the application's configuration.
     */
    static DatabaseLocation configured() {
        String dir = ConfigProvider.getConfig(DatabaseLocation.class.getClassLoader())
                .getValue(DATA_DIR_SETTING, String.class);
        return new DatabaseLocation(Path.of(dir).toAbsolutePath().normalize());
    }

    Path databaseDirectory() {
        return dataDirectory.resolve("derby");
    }

    Path logFile() {
        return dataDirectory.resolve("derby.log");
    }

    /**
     * Creates the data directory on the first start, readable by the server's account alone; on a later start makes
     * what an older version left readable to others (the folder, Derby's files) the account's alone too. Where no
     * database is yet, puts this build's template there ({@link DatabaseTemplate}).
     */
    void prepare() {
        try {
            if (Files.notExists(dataDirectory)) {
                Files.createDirectories(dataDirectory.getParent());
                createOwnerOnly();
            } else {
                keepOwnerOnly();
            }
            DatabaseTemplate.restoreInto(databaseDirectory());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare the data directory " + dataDirectory, e);
        }
    }

    private void keepOwnerOnly() throws IOException {
        try {
            if (Files.getPosixFilePermissions(dataDirectory).equals(PosixFilePermissions.fromString("rwx------"))) {
                return; // made by this version: its files are owner-only already
            }
        } catch (UnsupportedOperationException notPosix) {
            return; // Windows: the folder's access list is the operating system's to keep
        }
        makeOwnerOnly(dataDirectory);
    }

    /** Makes a folder and everything in it the server account's alone (nothing to do where files have no modes). */
    static void makeOwnerOnly(Path tree) throws IOException {
        try (Stream<Path> contents = Files.walk(tree)) {
            for (Path path : contents.toList()) {
                Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(Files.isDirectory(path)
                        ? "rwx------" : "rw-------"));
            }
        } catch (UnsupportedOperationException notPosix) {
            // Windows: the folder's access list is the operating system's to keep
        }
    }

    private void createOwnerOnly() throws IOException {
        try {
            Files.createDirectory(dataDirectory, OWNER_ONLY_FOLDER);
        } catch (UnsupportedOperationException notPosix) {
            Files.createDirectory(dataDirectory); // Windows: the folder inherits its parent's access rules
        }
    }
}
