package com.pks.clinic.admin.internal.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Proves that a backup can be restored: a scratch copy of it is opened as a database of its own, and Derby's
 * consistency check ({@code SYSCS_UTIL.SYSCS_CHECK_TABLE}) must pass on every table. The backup itself is never
 * opened, so checking it cannot change it.
 */
final class BackupCheck {

    private BackupCheck() {
    }

    /** The check's outcome in words; an exception when the copy did not open or a table failed. */
    static String check(Path backupDatabase) throws SQLException {
        Path scratch = copy(backupDatabase);
        String url = "jdbc:derby:" + scratch.resolve(BackupFolders.DATABASE);
        try {
            List<String> failed = new ArrayList<>();
            int tables = 0;
            try (Connection db = DriverManager.getConnection(url);
                 PreparedStatement list = db.prepareStatement("SELECT s.SCHEMANAME, t.TABLENAME FROM SYS.SYSTABLES t "
                         + "JOIN SYS.SYSSCHEMAS s ON t.SCHEMAID = s.SCHEMAID WHERE t.TABLETYPE = 'T'");
                 ResultSet rows = list.executeQuery();
                 PreparedStatement check = db.prepareStatement("VALUES SYSCS_UTIL.SYSCS_CHECK_TABLE(?, ?)")) {
                while (rows.next()) {
                    tables++;
                    check.setString(1, rows.getString(1));
                    check.setString(2, rows.getString(2));
                    try (ResultSet result = check.executeQuery()) {
                        if (!result.next() || result.getInt(1) != 1) {
                            failed.add(rows.getString(2));
                        }
                    }
                }
            } finally {
                shutDown(url);
            }
            if (tables == 0 || !failed.isEmpty()) {
                throw new SQLException(tables == 0 ? "The copy holds no tables" : "Tables failed the check: "
                        + String.join(", ", failed));
            }
            return "Checked: a copy opened and all " + tables + " tables passed the database's own check.";
        } finally {
            BackupFolders.deleteTree(scratch);
        }
    }

    private static Path copy(Path backupDatabase) {
        try {
            Path scratch = Files.createTempDirectory("backup-check");
            Path target = scratch.resolve(BackupFolders.DATABASE);
            try (Stream<Path> files = Files.walk(backupDatabase)) {
                for (Path file : (Iterable<Path>) files::iterator) {
                    Path copy = target.resolve(backupDatabase.relativize(file).toString());
                    if (Files.isDirectory(file)) {
                        Files.createDirectories(copy);
                    } else {
                        Files.copy(file, copy, StandardCopyOption.COPY_ATTRIBUTES);
                    }
                }
            }
            return scratch;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot copy the backup to check it", e);
        }
    }

    private static void shutDown(String url) {
        try {
            DriverManager.getConnection(url + ";shutdown=true").close();
        } catch (SQLException shutDown) {
            // Derby reports a database shut down as this exception (SQLState 08006): the expected outcome
        }
    }
}
