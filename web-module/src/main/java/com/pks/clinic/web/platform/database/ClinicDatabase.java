package com.pks.clinic.web.platform.database;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

import com.pks.clinic.admin.api.SetUpService;
import com.pks.clinic.content.api.SiteSettingsService;
import com.pks.clinic.inquiry.api.InquiryEncryption;
import com.pks.clinic.inquiry.api.InquiryKeyException;

/**
 * The application's database over its whole life: brings the schema up to date when the application starts
 * ({@link SchemaMigration}) and proves the inquiry key against the stored inquiries, offers the first-run set-up of
 * the console when no account exists, tells whether it can be used, and shuts Derby down cleanly when the
 * application stops so that no recovery is needed at the next start.
 *
 * <p>A database that cannot be opened or migrated at start-up does not stop the application: the template and
 * error pages still show the crisis resources and {@code /health} reports DOWN, until the site is restarted with a
 * working database (the persistence units are closed for good when their deployment could not connect).
 */
@Startup
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionManagement(TransactionManagementType.BEAN) // Liquibase commits its own work
@DataSourceDefinition(
        name = ClinicDatabase.JNDI_NAME,
        className = "com.pks.clinic.web.platform.database.ClinicDataSource",
        minPoolSize = 1,
        maxPoolSize = 32,
        properties = {"fish.payara.is-connection-validation-required=true",
                "fish.payara.connection-validation-method=meta-data"})
public class ClinicDatabase {

    public static final String JNDI_NAME = "java:app/jdbc/clinic";

    private static final Logger LOG = Logger.getLogger(ClinicDatabase.class.getName());
    private static final int PING_TIMEOUT_SECONDS = 2;
    private static final int UNDEPLOYMENT_WAIT_SECONDS = 30;

    @Resource(lookup = JNDI_NAME)
    private DataSource dataSource;

    @Inject
    private InquiryEncryption inquiryEncryption;

    @Inject
    private SetUpService setUp;

    @Inject
    private SiteSettingsService settings;

    private volatile boolean migrated;

    /** Resolved now: when the JVM stops, the server's configuration may already be gone. */
    private final Path databaseDirectory = DatabaseLocation.configured().databaseDirectory();

    /** Counted down once Derby is shut down, by whichever of the two ways below comes first. */
    private final CountDownLatch shutDown = new CountDownLatch(1);

    /**
     * On SIGTERM, Payara Micro's own shutdown hook undeploys the application, which shuts Derby down in
     * {@link #stop()} while the application's class loader still works. This hook only waits for that and does it
     * itself should the undeployment not come, so that Derby never needs crash recovery at the next start.
     */
    private final Thread shutdownOnExit = new Thread(this::shutDownUnlessUndeployed, "derby-shutdown");

    @PostConstruct
    void start() {
        Runtime.getRuntime().addShutdownHook(shutdownOnExit);
        migrate();
        if (migrated) {
            offerSetUp();
        }
    }

    /** A console nobody can sign in to yet gets its set-up link; a failure here leaves the site itself working. */
    private void offerSetUp() {
        try {
            setUp.offerFirstRunSetUp(settings.get().baseUrl());
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "The admin console's first-run set-up could not be offered", e);
        }
    }

    /** Whether the schema was brought up to date at start-up and a connection answers now. */
    public boolean isAvailable() {
        if (!migrated) {
            return false;
        }
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(PING_TIMEOUT_SECONDS);
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "The database cannot be reached: {0}", e.getMessage());
            return false;
        }
    }

    private void migrate() {
        try (Connection connection = dataSource.getConnection()) {
            LOG.info(SchemaMigration.ofThisBuild().bringUpToDate(connection)
                    ? "The database's schema was brought up to this build's"
                    : "The database's schema is this build's: no migration to run");
            inquiryEncryption.verify();
            migrated = true;
        } catch (InquiryKeyException e) {
            LOG.log(Level.SEVERE, "The inquiry key is not usable ({0}); the site reports DOWN until it is restarted "
                    + "with the right key (clinic.inquiry.key-file or clinic.inquiry.key)", e.getMessage());
        } catch (Exception e) {
            LOG.log(Level.SEVERE, "The database could not be opened or migrated at start-up; the site reports DOWN "
                    + "until it is restarted with a working database", e);
        }
    }

    @PreDestroy
    void stop() {
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownOnExit);
        } catch (IllegalStateException exiting) {
            // the JVM is already stopping and the hook is running
        }
        shutDownDerby();
    }

    private void shutDownUnlessUndeployed() {
        try {
            if (shutDown.await(UNDEPLOYMENT_WAIT_SECONDS, TimeUnit.SECONDS)) {
                return;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        shutDownDerby();
    }

    private void shutDownDerby() {
        if (!ClinicDataSource.close()) {
            return; // the other way got here first
        }
        try {
            ClinicDataSource.shutDown(databaseDirectory);
        } finally {
            shutDown.countDown();
        }
    }
}
