package com.pks.clinic.web.platform.database;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import liquibase.Scope;
import liquibase.command.CommandScope;
import liquibase.command.core.UpdateCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.core.DerbyDatabase;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;

/**
 * Brings a database's schema up to date with the changelog packed in this build ({@code db/changelog.xml}, which
 * composes each module's own) and stamps the database with the build that did it. A database stamped by this very
 * build is up to date already, so its next start skips Liquibase, which takes seconds even when nothing is due; a
 * database of any other build, an older backup restored, or one with no stamp at all, is migrated.
 */
final class SchemaMigration {

    /** This build's stamp, written beside the changelog by the build ({@link DatabaseTemplate}). */
    static final String BUILD_RESOURCE = "db/build.txt";

    private static final String CHANGELOG = "db/changelog.xml";
    private static final String NO_SUCH_TABLE = "42X05";

    private final Optional<String> build;

    private SchemaMigration(Optional<String> build) {
        this.build = build;
    }

    /** The migration of the build that is running; without a stamp of its own, it always runs Liquibase. */
    static SchemaMigration ofThisBuild() {
        try (InputStream stamp = SchemaMigration.class.getClassLoader().getResourceAsStream(BUILD_RESOURCE)) {
            return new SchemaMigration(stamp == null ? Optional.empty()
                    : Optional.of(new String(stamp.readAllBytes(), StandardCharsets.UTF_8).strip()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The migration of the build with this stamp (the build itself, making the template). */
    static SchemaMigration ofBuild(String build) {
        return new SchemaMigration(Optional.of(build));
    }

    /**
     * Runs every changeset the database has not had yet, unless this build stamped it.
     *
     * @return whether Liquibase ran
     */
    boolean bringUpToDate(Connection connection) throws Exception {
        if (build.isPresent() && build.equals(stampOf(connection))) {
            return false;
        }
        boolean autoCommit = connection.getAutoCommit(); // Liquibase leaves it off; the pool hands it on
        try {
            update(connection);
            if (build.isPresent()) {
                stamp(connection, build.get());
            }
        } finally {
            connection.setAutoCommit(autoCommit);
        }
        return true;
    }

    private static void update(Connection connection) throws Exception {
        Database database = DatabaseFactory.getInstance()
                .findCorrectDatabaseImplementation(new JdbcConnection(connection));
        if (database instanceof DerbyDatabase derby) {
            derby.setShutdownEmbeddedDerby(false); // the pool still owns it
        }
        Scope.child(Scope.Attr.resourceAccessor.name(),
                new ClassLoaderResourceAccessor(SchemaMigration.class.getClassLoader()),
                () -> new CommandScope(UpdateCommandStep.COMMAND_NAME)
                        .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database)
                        .addArgumentValue(UpdateCommandStep.CHANGELOG_FILE_ARG, CHANGELOG)
                        .execute());
    }

    /** The build that last migrated this database; none before the stamp's own changeset has run. */
    private static Optional<String> stampOf(Connection connection) throws SQLException {
        try (Statement query = connection.createStatement();
             ResultSet rows = query.executeQuery("select build from platform_schema_build")) {
            return rows.next() ? Optional.of(rows.getString(1)) : Optional.empty();
        } catch (SQLException e) {
            if (NO_SUCH_TABLE.equals(e.getSQLState())) {
                return Optional.empty();
            }
            throw e;
        }
    }

    private static void stamp(Connection connection, String build) throws SQLException {
        connection.setAutoCommit(false);
        try (Statement clear = connection.createStatement();
             PreparedStatement insert = connection.prepareStatement(
                     "insert into platform_schema_build (build) values (?)")) {
            clear.executeUpdate("delete from platform_schema_build");
            insert.setString(1, build);
            insert.executeUpdate();
            connection.commit();
        } catch (SQLException e) {
            connection.rollback(); // no stamp: the next start migrates again, which is harmless
            throw e;
        }
    }
}
