package com.pks.clinic.web.platform.database;

import org.apache.derby.jdbc.EmbeddedDataSource;

/**
 * The embedded Derby data source behind {@code java:app/jdbc/clinic}, pointed at the configured data directory
 * (created on the first start). A subclass rather than annotation attributes, because Payara resolves
 * {@code ${MPCONFIG=…}} in a data source definition before the application's own configuration is known.
 */
public class ClinicDataSource extends EmbeddedDataSource {

    private static final long serialVersionUID = 1L;

    public ClinicDataSource() {
        DatabaseLocation location = DatabaseLocation.configured();
        location.prepare();
        if (System.getProperty("derby.stream.error.file") == null) {
            // Derby's own log beside its database, not in whatever directory the server was started from
            System.setProperty("derby.stream.error.file", location.logFile().toString());
        }
        setDatabaseName(location.databaseDirectory().toString());
        setCreateDatabase("create");
    }
}
