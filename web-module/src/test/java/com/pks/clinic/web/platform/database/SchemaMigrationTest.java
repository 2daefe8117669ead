package com.pks.clinic.web.platform.database;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole changelog on a new Derby database, then the stamp that spares a start of the same build from it. */
class SchemaMigrationTest {

    @Test
    void aDatabaseStampedByThisBuildIsNotMigratedAgainOneOfAnotherBuildIs(@TempDir Path folder) throws Exception {
        Path database = folder.resolve("derby");
        EmbeddedDataSource dataSource = new EmbeddedDataSource();
        dataSource.setDatabaseName(database.toString());
        dataSource.setCreateDatabase("create");
        try (Connection connection = dataSource.getConnection()) {
            assertTrue(SchemaMigration.ofBuild("20261201000000").bringUpToDate(connection), "a new database");
            assertTrue(connection.getAutoCommit(), "the connection goes back as it came");
            assertEquals("20261201000000", stamp(connection));

            assertFalse(SchemaMigration.ofBuild("20261201000000").bringUpToDate(connection), "the same build");
            assertTrue(SchemaMigration.ofBuild("20261202000000").bringUpToDate(connection), "another build");
            assertEquals("20261202000000", stamp(connection), "one stamp, the last build's");
            try (Statement query = connection.createStatement();
                 ResultSet rows = query.executeQuery("select count(*) from content_item where kind = 'PAGE' and slug = 'home'")) {
                rows.next();
                assertEquals(1, rows.getInt(1), "the seed ran once");
            }
        } finally {
            ClinicDataSource.shutDown(database);
        }
    }

    private static String stamp(Connection connection) throws Exception {
        try (Statement query = connection.createStatement();
             ResultSet rows = query.executeQuery("select build from platform_schema_build")) {
            assertTrue(rows.next());
            String build = rows.getString(1);
            assertFalse(rows.next());
            return build;
        }
    }
}
