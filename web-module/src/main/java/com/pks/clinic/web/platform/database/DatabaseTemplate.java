package com.pks.clinic.web.platform.database;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.util.Comparator;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import liquibase.Scope;
import liquibase.ui.LoggerUIService;
import org.apache.derby.jdbc.EmbeddedDataSource;

/**
 * A database with every changeset of this build applied, made by the build ({@link #main}) and packed into the WAR,
 * that a first start copies into place ({@link #restoreInto}) instead of creating a database and running the whole
 * changelog on it: seconds of the first start. It holds the schema and the default content, stamped with this build
 * so that the start skips Liquibase; no key, account or inquiry, which the first start adds as on a new database.
 */
public final class DatabaseTemplate {

    static final String RESOURCE = "db/template.zip";

    private static final String UNPACKING = "derby-template";
    private static final Logger LOG = Logger.getLogger(DatabaseTemplate.class.getName());

    private static final Logger LIQUIBASE = Logger.getLogger("liquibase");

    private DatabaseTemplate() {
    }

    /**
     * Makes the template at the build: {@code DatabaseTemplate <folder> <build stamp>} writes {@value #RESOURCE} and
     * {@value SchemaMigration#BUILD_RESOURCE} into the folder that the WAR packs under {@code WEB-INF/classes}.
     */
    public static void main(String[] args) throws Exception {
        Path output = Path.of(args[0]);
        String build = args[1];
        LIQUIBASE.setLevel(Level.WARNING); // the build's output stays readable
        System.setProperty("liquibase.command.showSummaryOutput", "log");
        Path work = Files.createTempDirectory("clinic-template");
        Path database = work.resolve("derby");
        System.setProperty("derby.stream.error.file", work.resolve("derby.log").toString());
        try {
            EmbeddedDataSource dataSource = new EmbeddedDataSource();
            dataSource.setDatabaseName(database.toString());
            dataSource.setCreateDatabase("create");
            try (Connection connection = dataSource.getConnection()) {
                // Liquibase tells what it runs in its log, silenced above, rather than on the build's console
                Scope.child(Map.of(Scope.Attr.ui.name(), new LoggerUIService()),
                        () -> SchemaMigration.ofBuild(build).bringUpToDate(connection));
            }
            ClinicDataSource.shutDown(database);
            Files.createDirectories(output.resolve(RESOURCE).getParent());
            pack(database, output.resolve(RESOURCE));
            Files.writeString(output.resolve(SchemaMigration.BUILD_RESOURCE), build);
        } finally {
            deleteTree(work);
        }
    }

    /**
     * Copies the template to where the database belongs, when nothing is there yet, readable by the server's
     * account alone. Without a template (a build that did not make one) the database is created empty and migrated.
     */
    static void restoreInto(Path databaseDirectory) throws IOException {
        if (Files.exists(databaseDirectory)) {
            return;
        }
        try (InputStream template = DatabaseTemplate.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (template == null) {
                return;
            }
            Path dataDirectory = databaseDirectory.getParent();
            deleteUnpackingsLeftBehind(dataDirectory);
            // unpacked beside its place, then moved there at once: a start cut short leaves no half database
            Path unpacking = Files.createTempDirectory(dataDirectory, UNPACKING);
            try {
                unpack(template, unpacking);
                DatabaseLocation.makeOwnerOnly(unpacking);
                Files.move(unpacking, databaseDirectory, StandardCopyOption.ATOMIC_MOVE);
                LOG.info("The database was made from this build's template");
            } catch (FileAlreadyExistsException | DirectoryNotEmptyException madeMeanwhile) {
                // another connection of the pool got there first: its database stands
            } finally {
                deleteTree(unpacking);
            }
        }
    }

    /** What a start killed while unpacking left; never the database itself, which has its own name. */
    private static void deleteUnpackingsLeftBehind(Path dataDirectory) throws IOException {
        try (Stream<Path> entries = Files.list(dataDirectory)) {
            for (Path left : entries.filter(p -> p.getFileName().toString().startsWith(UNPACKING)).toList()) {
                deleteTree(left);
            }
        }
    }

    private static void pack(Path database, Path zipFile) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(zipFile));
             Stream<Path> files = Files.walk(database)) {
            for (Path file : files.filter(Files::isRegularFile).filter(f -> !f.toString().endsWith(".lck"))
                    .sorted().toList()) {
                zip.putNextEntry(new ZipEntry(database.relativize(file).toString().replace('\\', '/')));
                Files.copy(file, zip);
                zip.closeEntry();
            }
        }
    }

    private static void unpack(InputStream template, Path into) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(template)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                Path file = into.resolve(entry.getName()).normalize();
                if (!file.startsWith(into)) {
                    throw new IOException("The database template holds a path outside it: " + entry.getName());
                }
                Files.createDirectories(file.getParent());
                try (OutputStream out = Files.newOutputStream(file)) {
                    zip.transferTo(out);
                }
            }
        }
    }

    private static void deleteTree(Path tree) throws IOException {
        if (Files.notExists(tree)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(tree)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
