package com.pks.clinic.web.site.media;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import com.pks.clinic.content.api.MediaChanged;
import com.pks.clinic.content.api.MediaFile;

/**
 * The most recently served picture files, held in memory up to a bound (32 MB), the least recently used leaving
 * first. Files never change; a deleted picture's files leave at once.
 */
@ApplicationScoped
public class MediaMemory {

    static final long BOUND_BYTES = 32L * 1024 * 1024;

    private final LinkedHashMap<String, MediaFile> files = new LinkedHashMap<>(64, 0.75f, true);
    private long heldBytes;

    /** The file at this address: from memory, or loaded (and kept, when there is one). */
    public Optional<MediaFile> get(String path, Supplier<Optional<MediaFile>> load) {
        synchronized (files) {
            MediaFile held = files.get(path);
            if (held != null) {
                return Optional.of(held);
            }
        }
        Optional<MediaFile> loaded = load.get();
        loaded.filter(file -> file.bytes().length <= BOUND_BYTES / 4).ifPresent(file -> keep(path, file));
        return loaded;
    }

    private void keep(String path, MediaFile file) {
        synchronized (files) {
            MediaFile before = files.put(path, file);
            heldBytes += file.bytes().length - (before == null ? 0 : before.bytes().length);
            Iterator<MediaFile> oldest = files.values().iterator();
            while (heldBytes > BOUND_BYTES && oldest.hasNext()) {
                heldBytes -= oldest.next().bytes().length;
                oldest.remove();
            }
        }
    }

    void deleted(@Observes(during = TransactionPhase.AFTER_SUCCESS) MediaChanged event) {
        if (event.change() == MediaChanged.Change.DELETED) {
            String prefix = "/media/" + event.id() + "/";
            synchronized (files) {
                Iterator<Map.Entry<String, MediaFile>> held = files.entrySet().iterator();
                while (held.hasNext()) {
                    Map.Entry<String, MediaFile> entry = held.next();
                    if (entry.getKey().startsWith(prefix)) {
                        heldBytes -= entry.getValue().bytes().length;
                        held.remove();
                    }
                }
            }
        }
    }

    /** How many bytes are held now (for the tests of the bound). */
    long heldBytes() {
        synchronized (files) {
            return heldBytes;
        }
    }
}
