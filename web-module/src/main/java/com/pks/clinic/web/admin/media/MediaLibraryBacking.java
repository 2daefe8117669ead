package com.pks.clinic.web.admin.media;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

import com.pks.clinic.content.api.InvalidContentException;
import com.pks.clinic.content.api.MediaImage;
import com.pks.clinic.content.api.MediaService;
import com.pks.clinic.web.platform.client.ClientAddress;

/**
 * The media library ({@code /admin/media}): upload one or several pictures, find them again by their words. Each
 * file is taken or refused on its own; the message names every refused file and why.
 */
@Named
@RequestScoped
public class MediaLibraryBacking {

    /** A little more than the library takes, so that a larger file gets the library's message, not the stream's. */
    private static final long READ_LIMIT = 16L * 1024 * 1024;

    @Inject
    private MediaService media;

    @Inject
    private ClientAddress client;

    private String words;
    private boolean undescribedOnly;
    private List<Part> files = List.of();
    private List<MediaImage> pictures;

    /** The view action: the pictures that match the words (and need a text alternative, if asked), newest first. */
    public void load() {
        pictures = media.library(words).stream().filter(picture -> !undescribedOnly || !picture.described())
                .toList();
    }

    public void upload() throws IOException {
        List<MediaImage> taken = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        for (Part file : files == null ? List.<Part>of() : files) {
            String name = file.getSubmittedFileName() == null ? "the file" : file.getSubmittedFileName();
            if (file.getSize() == 0 && name.isBlank()) {
                continue; // the empty part a browser sends when nothing was chosen
            }
            try (InputStream in = file.getInputStream()) {
                taken.add(media.upload(name, in.readNBytes((int) Math.min(file.getSize(), READ_LIMIT)),
                        client.get()));
            } catch (InvalidContentException invalid) {
                refused.add("“" + name + "” was not uploaded: " + String.join(" ", invalid.problems().values()));
            } finally {
                file.delete();
            }
        }
        if (taken.isEmpty() && refused.isEmpty()) {
            Messages.addGlobalError("Choose one or more pictures first (or drop them on the box).");
            load();
            return;
        }
        if (!taken.isEmpty()) {
            Messages.addFlashGlobalInfo((taken.size() == 1 ? "Uploaded “" + taken.get(0).name() + "”." : "Uploaded "
                    + taken.size() + " pictures.") + " Before a picture can appear on a published page, describe "
                    + "it: open it below and write its text alternative.");
            alreadyHeld(taken).forEach(Messages::addFlashGlobalWarn);
        }
        refused.forEach(Messages::addFlashGlobalError);
        Faces.redirect(Faces.getRequestContextPath() + "/admin/media");
    }

    /**
     * For each picture just uploaded that the library already held (the same picture: its stored file has the same
     * fingerprint), a sentence that names the earlier one. It is kept all the same: a copy is harmless, and the
     * person may have meant it.
     */
    private List<String> alreadyHeld(List<MediaImage> uploaded) {
        List<MediaImage> library = media.library(null);
        return uploaded.stream().flatMap(image -> library.stream()
                        .filter(other -> other.id() < image.id() && other.fingerprint().equals(image.fingerprint()))
                        .reduce((newer, older) -> older) // the first one uploaded: the library lists newest first
                        .map(earlier -> "“" + image.name() + "” is the same picture as “" + earlier.name()
                                + "”, which was already in the library. If you did not mean to add it twice, open "
                                + "the newer copy below and delete it.").stream())
                .toList();
    }

    public List<MediaImage> getPictures() {
        return pictures;
    }

    public String getWords() {
        return words;
    }

    public void setWords(String words) {
        this.words = words;
    }

    public boolean isUndescribedOnly() {
        return undescribedOnly;
    }

    public void setUndescribedOnly(boolean undescribedOnly) {
        this.undescribedOnly = undescribedOnly;
    }

    public List<Part> getFiles() {
        return files;
    }

    public void setFiles(List<Part> files) {
        this.files = files;
    }
}
