package com.pks.clinic.admin.internal.backup;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** A backup asked for while another is being made starts nothing, and the request that asked does not wait. */
class BackupMakerTest {

    @Test
    void aBackupAskedForWhileAnotherIsBeingMadeIsNotStarted() throws Exception {
        BackupMaker maker = new BackupMaker(); // no database, no folders: a backup it started would fail loudly
        maker.making.lock(); // the nightly backup, under way
        try {
            assertTrue(CompletableFuture.supplyAsync(() -> maker.makeUnlessBusy("admin@clinic.test"))
                    .get(5, TimeUnit.SECONDS).isEmpty(), "nothing is started, at once");
        } finally {
            maker.making.unlock();
        }
    }
}
