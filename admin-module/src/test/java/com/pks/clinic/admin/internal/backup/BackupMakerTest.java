package com.pks.clinic.admin.internal.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.pks.clinic.admin.api.Backup;
import com.pks.clinic.admin.api.BackupUnderWay;

/**
 * A backup asked for from the console is made on the executor, not on the request's thread; it is shown under way
 * until it is done; while it is, no second one starts; and whatever happens, the next one can start after it.
 */
class BackupMakerTest {

    private static final Executor NOTHING_MAY_RUN = task -> fail("nothing is started");

    @TempDir
    Path root;

    private final BackupMaker maker = new BackupMaker(); // no database: a backup it makes fails, and says so

    @Test
    void aBackupIsMadeOnTheExecutorAndShownUnderWayUntilItIsDone() throws Exception {
        maker.folders = foldersIn(root);
        List<Runnable> queued = new ArrayList<>();

        CompletableFuture<Backup> making = maker.startUnlessBusy("admin@clinic.test", queued::add).orElseThrow();

        assertEquals(1, queued.size(), "handed to the executor; the caller returns before it is made");
        BackupUnderWay underWay = maker.underWay().orElseThrow();
        assertTrue(Files.isDirectory(root.resolve(underWay.name())), "its folder exists already");
        assertEquals("admin@clinic.test", underWay.startedBy());
        assertFalse(underWay.nightly());
        assertTrue(maker.startUnlessBusy("someone-else@clinic.test", NOTHING_MAY_RUN).isEmpty(),
                "no second backup while this one is under way");

        queued.get(0).run();
        Backup made = making.get();
        assertEquals(underWay.name(), made.name());
        assertFalse(made.checked(), "without a database it fails: " + made.outcome());
        assertTrue(made.outcome().startsWith("Failed"), made.outcome());
        assertTrue(maker.underWay().isEmpty(), "no longer under way once done");
        assertTrue(maker.making.tryAcquire(), "and the next backup may start");
    }

    @Test
    void aBackupAskedForWhileAnotherIsBeingMadeIsNotStarted() throws Exception {
        maker.making.acquire(); // the nightly backup, under way
        assertTrue(maker.startUnlessBusy("admin@clinic.test", NOTHING_MAY_RUN).isEmpty());
    }

    @Test
    void aBackupThatCouldNotStartLetsTheNextOneStart() {
        maker.folders = new BackupFolders() {
            @Override
            Path newFolder(Instant at) {
                throw new UncheckedIOException(new IOException("No space left on device"));
            }
        };
        assertThrows(UncheckedIOException.class, () -> maker.startUnlessBusy("admin@clinic.test", NOTHING_MAY_RUN));
        assertTrue(maker.making.tryAcquire(), "no folder: the turn is given back");
        maker.making.release();

        maker.folders = foldersIn(root);
        Executor full = task -> {
            throw new RejectedExecutionException("the executor is shutting down");
        };
        assertThrows(RejectedExecutionException.class, () -> maker.startUnlessBusy("admin@clinic.test", full));
        assertTrue(maker.underWay().isEmpty(), "not shown under way");
        assertTrue(maker.making.tryAcquire(), "the executor refused: the turn is given back");
    }

    /** Backup folders under a temporary root (the real ones are found through the server's configuration). */
    private static BackupFolders foldersIn(Path root) {
        return new BackupFolders() {
            @Override
            Path newFolder(Instant at) {
                try {
                    return Files.createTempDirectory(root, "backup-");
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        };
    }
}
