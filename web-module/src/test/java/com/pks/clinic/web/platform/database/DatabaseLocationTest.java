package com.pks.clinic.web.platform.database;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseLocationTest {

    @Test
    void theDataDirectoryIsTheServerAccountsAlone(@TempDir Path parent) throws IOException {
        Path data = parent.resolve("clinic").resolve("data");
        new DatabaseLocation(data).prepare();
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(data)));
        new DatabaseLocation(data).prepare(); // a second start changes nothing
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(data)));
    }

    @Test
    void whatAnOlderVersionLeftReadableBecomesTheAccountsAlone(@TempDir Path data) throws IOException {
        Path file = Files.writeString(Files.createDirectories(data.resolve("derby/seg0")).resolve("c10.dat"), "x");
        Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        new DatabaseLocation(data).prepare();
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(data)));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    }
}
