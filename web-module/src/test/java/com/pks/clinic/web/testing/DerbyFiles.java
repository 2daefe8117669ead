package com.pks.clinic.web.testing;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * Opens a site's Derby database directly from the test, while the site is stopped (or to hold the database so
 * that the site cannot open it), and shuts it down again.
 */
public final class DerbyFiles {

    private DerbyFiles() {
    }

    public static Path databaseDirectory(Path dataDirectory) {
        return dataDirectory.resolve("derby");
    }

    public static Connection open(Path dataDirectory) throws SQLException {
        return DriverManager.getConnection("jdbc:derby:" + databaseDirectory(dataDirectory) + ";create=true");
    }

    /** Releases the database; Derby reports a clean shutdown of one database as SQLState 08006. */
    public static void shutDown(Path dataDirectory) {
        try {
            DriverManager.getConnection("jdbc:derby:" + databaseDirectory(dataDirectory) + ";shutdown=true").close();
            throw new IllegalStateException("Derby did not confirm the shutdown");
        } catch (SQLException e) {
            if (!"08006".equals(e.getSQLState())) {
                throw new IllegalStateException("Derby did not shut down cleanly", e);
            }
        }
    }
}
