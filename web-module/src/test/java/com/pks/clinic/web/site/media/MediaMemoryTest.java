package com.pks.clinic.web.site.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import com.pks.clinic.content.api.Actor;
import com.pks.clinic.content.api.MediaChanged;
import com.pks.clinic.content.api.MediaFile;

class MediaMemoryTest {

    private static final int MEGABYTE = 1024 * 1024;

    private final MediaMemory memory = new MediaMemory();

    @Test
    void aFileIsLoadedOnceThenServedFromMemory() {
        AtomicInteger loads = new AtomicInteger();
        for (int i = 0; i < 3; i++) {
            memory.get("/media/1/aaaaaaaaaaaa/320.jpg", () -> {
                loads.incrementAndGet();
                return Optional.of(file(MEGABYTE));
            });
        }
        assertEquals(1, loads.get());
    }

    @Test
    void theLeastRecentlyUsedFilesLeaveWhenTheBoundIsReached() {
        for (int i = 0; i < 40; i++) {
            memory.get("/media/" + i + "/aaaaaaaaaaaa/1600.jpg", () -> Optional.of(file(MEGABYTE)));
        }
        assertTrue(memory.heldBytes() <= MediaMemory.BOUND_BYTES, "within 32 MB: " + memory.heldBytes());
        AtomicInteger loads = new AtomicInteger();
        memory.get("/media/0/aaaaaaaaaaaa/1600.jpg", () -> {
            loads.incrementAndGet();
            return Optional.of(file(MEGABYTE));
        });
        assertEquals(1, loads.get(), "the oldest had left");
    }

    @Test
    void aDeletedPicturesFilesLeaveAtOnce() {
        memory.get("/media/7/aaaaaaaaaaaa/320.jpg", () -> Optional.of(file(MEGABYTE)));
        memory.get("/media/70/aaaaaaaaaaaa/320.jpg", () -> Optional.of(file(MEGABYTE)));
        memory.deleted(new MediaChanged(7, "a.jpg", MediaChanged.Change.DELETED, new Actor("editor", null),
                Instant.now()));
        assertEquals(MEGABYTE, memory.heldBytes(), "picture 70 stays");
    }

    private static MediaFile file(int size) {
        return new MediaFile("image/jpeg", "aaaaaaaaaaaa", 320, new byte[size]);
    }
}
