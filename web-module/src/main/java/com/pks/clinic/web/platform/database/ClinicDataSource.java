package com.pks.clinic.web.platform.database;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.derby.jdbc.EmbeddedDataSource;

/**
 * The embedded Derby data source behind {@code java:app/jdbc/clinic}, pointed at the configured data directory
 * (made on the first start, from the build's template). A subclass rather than annotation attributes, because
 * Payara resolves {@code ${MPCONFIG=…}} in a data source definition before the application's own configuration is
 * known.
 *
 * <p>Once the database has been shut down for the server's stop, it refuses further connections: a late one (a
 * timer, the pool refilling itself) would otherwise boot Derby again and leave it to crash recovery at the next
 * start.
 */
public class ClinicDataSource extends EmbeddedDataSource {

    private static final long serialVersionUID = 1L;

    private static final Logger LOG = Logger.getLogger(ClinicDataSource.class.getName());
    private static final AtomicBoolean CLOSED = new AtomicBoolean();

    public ClinicDataSource() {
        DatabaseLocation location = DatabaseLocation.configured();
        location.prepare();
        if (System.getProperty("derby.stream.error.file") == null) {
            // Derby's own log beside its database, not in whatever directory the server was started from
            System.setProperty("derby.stream.error.file", location.logFile().toString());
            System.setProperty("derby.infolog.append", "true"); // keep the history of boots and shutdowns
        }
        // the database holds health information: its files are the server account's alone (Derby's own setting)
        System.setProperty("derby.storage.useDefaultFilePermissions", "false");
        // identity values handed out a thousand at a time (Derby's default is a hundred): with fewer, inquiries sent at
        // the same moment can time out on the identity generator's catalog row (DERBY-7002) and be refused
        System.setProperty("derby.language.sequence.preallocator", "1000");
        setDatabaseName(location.databaseDirectory().toString());
        setCreateDatabase("create");
    }

    /**
     * Refuses every later connection; called just before Derby is shut down for good.
     *
     * @return whether this call closed it, false when it was closed already
     */
    static boolean close() {
        return CLOSED.compareAndSet(false, true);
    }

    /** Shuts the Derby database in this folder down cleanly, so that its next boot needs no recovery. */
    static void shutDown(Path databaseDirectory) {
        EmbeddedDataSource shutdown = new EmbeddedDataSource();
        shutdown.setDatabaseName(databaseDirectory.toString());
        shutdown.setShutdownDatabase("shutdown");
        try {
            shutdown.getConnection().close();
        } catch (SQLException e) {
            // Derby reports a clean shutdown of one database as SQLState 08006
            if (!"08006".equals(e.getSQLState())) {
                LOG.log(Level.WARNING, "Derby did not shut down cleanly: {0}", e.getMessage());
            }
        }
    }

    @Override
    public Connection getConnection() throws SQLException {
        refuseWhenClosed();
        return super.getConnection();
    }

    @Override
    public Connection getConnection(String user, String password) throws SQLException {
        refuseWhenClosed();
        return super.getConnection(user, password);
    }

    private static void refuseWhenClosed() throws SQLException {
        if (CLOSED.get()) {
            throw new SQLException("The database has been shut down because the site is stopping", "08001");
        }
    }
}
