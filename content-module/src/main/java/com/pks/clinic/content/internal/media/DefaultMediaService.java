package com.pks.clinic.content.internal.media;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import static com.pks.clinic.content.api.ContentRoles.ADMINISTRATOR;
import static com.pks.clinic.content.api.ContentRoles.EDITOR;

import com.pks.clinic.content.api.Actor;
import com.pks.clinic.content.api.ConcurrentEditException;
import com.pks.clinic.content.api.ContentNotFoundException;
import com.pks.clinic.content.api.InvalidContentException;
import com.pks.clinic.content.api.MediaChanged;
import com.pks.clinic.content.api.MediaDescription;
import com.pks.clinic.content.api.MediaFile;
import com.pks.clinic.content.api.MediaImage;
import com.pks.clinic.content.api.MediaService;
import com.pks.clinic.content.api.MediaUse;
import com.pks.clinic.content.internal.caller.Callers;
import com.pks.clinic.content.internal.validation.InputCheck;

/** The media library; each call is one transaction, and each change is audited through {@link MediaChanged}. */
@Stateless
@DeclareRoles({ADMINISTRATOR, EDITOR})
public class DefaultMediaService implements MediaService {

    @PersistenceContext(unitName = "content")
    private EntityManager em;

    @Inject
    private ImageUses uses;

    @Inject
    private InputCheck input;

    @Inject
    private Callers callers;

    @Inject
    private Event<MediaChanged> changed;

    @Override
    @RolesAllowed({ADMINISTRATOR, EDITOR})
    public MediaImage upload(String fileName, byte[] file, String clientAddress) {
        Actor actor = callers.current(clientAddress);
        input.require(actor);
        if (file == null || file.length == 0) {
            throw InvalidContentException.of("file", "Please choose a picture to upload.");
        }
        Intake intake = ImageIntake.take(file);
        List<Intake.Variant> variants = intake.variants();
        StoredImage image = new StoredImage(cleanName(fileName), intake, fingerprint(variants.get(variants.size()
                - 1).bytes()), actor.username(), Instant.now());
        em.persist(image);
        variants.forEach(variant -> em.persist(new StoredVariant(image, variant)));
        em.flush();
        changed.fire(new MediaChanged(image.id(), image.fileName(), MediaChanged.Change.UPLOADED, actor,
                Instant.now()));
        return image.view();
    }

    @Override
    @RolesAllowed({ADMINISTRATOR, EDITOR})
    public List<MediaImage> library(String words) {
        String wanted = words == null ? "" : words.strip().toLowerCase(Locale.ROOT);
        return em.createQuery("select m from StoredImage m where :words = '' "
                        + "or lower(m.fileName) like :like escape '!' "
                        + "or lower(m.altText) like :like escape '!' or lower(m.caption) like :like escape '!' "
                        + "or lower(m.credit) like :like escape '!' order by m.uploadedAt desc, m.id desc",
                        StoredImage.class)
                .setParameter("words", wanted)
                // the words as they are: LIKE's wildcards in them stand for themselves
                .setParameter("like", "%" + wanted.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%")
                .getResultList().stream().map(StoredImage::view).toList();
    }

    @Override
    @RolesAllowed({ADMINISTRATOR, EDITOR})
    public MediaImage get(long id) {
        return stored(id).view();
    }

    @Override
    @RolesAllowed({ADMINISTRATOR, EDITOR})
    public MediaImage describe(long id, MediaDescription description, long expectedVersion, String clientAddress) {
        Actor actor = callers.current(clientAddress);
        input.require(description, actor);
        if (!description.decorative() && (description.alt() == null || description.alt().isBlank())
                && !uses.of(id).isEmpty()) {
            throw InvalidContentException.of("alt", "This picture is shown on the site, so it needs a text "
                    + "alternative (or mark it decorative).");
        }
        StoredImage image = locked(id, expectedVersion);
        image.describe(description);
        em.flush();
        changed.fire(new MediaChanged(id, image.fileName(), MediaChanged.Change.DESCRIBED, actor, Instant.now()));
        return image.view();
    }

    @Override
    @RolesAllowed({ADMINISTRATOR, EDITOR})
    public List<MediaUse> uses(long id) {
        return uses.of(id);
    }

    @Override
    @RolesAllowed({ADMINISTRATOR, EDITOR})
    public void delete(long id, long expectedVersion, boolean evenIfUsed, String clientAddress) {
        Actor actor = callers.current(clientAddress);
        input.require(actor);
        StoredImage image = locked(id, expectedVersion);
        List<MediaUse> places = uses.of(id);
        if (!evenIfUsed && !places.isEmpty()) {
            throw InvalidContentException.of("uses", "This picture is shown by " + places.size()
                    + (places.size() == 1 ? " page or entry" : " pages or entries") + ": " + places.stream()
                    .map(MediaUse::title).collect(Collectors.joining(", ")) + ".");
        }
        em.createQuery("delete from StoredVariant v where v.image = :image").setParameter("image", image)
                .executeUpdate();
        em.remove(image);
        changed.fire(new MediaChanged(id, image.fileName(), MediaChanged.Change.DELETED, actor, Instant.now()));
    }

    @Override
    @PermitAll
    public List<MediaImage> catalogue() {
        return em.createQuery("select m from StoredImage m order by m.id", StoredImage.class).getResultList()
                .stream().map(StoredImage::view).toList();
    }

    @Override
    @PermitAll
    public Optional<MediaFile> file(long id, int width) {
        StoredImage image = em.find(StoredImage.class, id);
        if (image == null) {
            return Optional.empty();
        }
        MediaImage view = image.view();
        return em.createQuery("select v.bytes from StoredVariant v where v.image = :image and v.width = :width",
                        byte[].class).setParameter("image", image).setParameter("width", width)
                .getResultStream().findFirst()
                .map(bytes -> new MediaFile(view.contentType(), view.fingerprint(), width, bytes));
    }

    private StoredImage stored(long id) {
        StoredImage image = em.find(StoredImage.class, id);
        if (image == null) {
            throw new ContentNotFoundException("picture " + id);
        }
        return image;
    }

    private StoredImage locked(long id, long expectedVersion) {
        StoredImage image = stored(id);
        if (image.version() != expectedVersion) {
            throw new ConcurrentEditException("The picture " + image.fileName());
        }
        return image;
    }

    /** The file's own name without any folder, trimmed to what the column holds; only for finding it again. */
    private static String cleanName(String fileName) {
        String name = fileName == null ? "" : fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("\\p{Cntrl}", "").strip();
        if (name.isEmpty()) {
            name = "picture";
        }
        return name.length() > 200 ? name.substring(0, 200) : name;
    }

    private static String fingerprint(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes), 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
