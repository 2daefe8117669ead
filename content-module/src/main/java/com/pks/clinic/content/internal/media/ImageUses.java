package com.pks.clinic.content.internal.media;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;

import com.pks.clinic.content.api.InvalidContentException;
import com.pks.clinic.content.api.MediaImage;
import com.pks.clinic.content.api.MediaPaths;
import com.pks.clinic.content.api.MediaUse;
import com.pks.clinic.content.internal.item.Fields;
import com.pks.clinic.content.internal.item.Item;
import com.pks.clinic.content.internal.item.ItemRevision;

/**
 * Where the library's pictures are used, and the rule that a text shows only described pictures: a page or an entry
 * is published only when every picture it shows has a text alternative or is marked decorative.
 */
@ApplicationScoped
public class ImageUses {

    @PersistenceContext(unitName = "content")
    private EntityManager em;

    /** The pages and entries whose draft or published text shows this picture. */
    List<MediaUse> of(long id) {
        String prefix = "/media/" + id + "/";
        return em.createQuery("select distinct i from Item i left join i.draft d left join i.live l "
                        + "where d.imagePath like :path or d.body like :text or l.imagePath like :path "
                        + "or l.body like :text order by i.kind, i.slug", Item.class)
                .setParameter("path", prefix + "%")
                .setParameter("text", "%" + prefix + "%")
                .getResultList().stream()
                .map(item -> new MediaUse(item.kind().collection(), item.slug(), title(item)))
                .toList();
    }

    /**
     * Refuses to publish this text while a picture it shows is not described, naming the picture; the problem is
     * reported on the field that shows it ({@code bodyHtml} or {@code imagePath}).
     */
    public void requireDescribed(Fields fields) {
        Set<Long> inText = Jsoup.parseBodyFragment(fields.bodyHtml()).select("img[src]").stream()
                .map(img -> MediaPaths.idOf(img.attr("src"))).flatMap(java.util.Optional::stream)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        Set<Long> all = new LinkedHashSet<>(inText);
        MediaPaths.idOf(fields.imagePath()).ifPresent(all::add);
        if (all.isEmpty()) {
            return;
        }
        Map<Long, MediaImage> images = em.createQuery("select m from StoredImage m where m.id in :ids",
                        StoredImage.class).setParameter("ids", all).getResultList().stream()
                .map(StoredImage::view).collect(Collectors.toMap(MediaImage::id, Function.identity()));
        Map<String, String> problems = new java.util.TreeMap<>();
        for (Long id : all) {
            MediaImage image = images.get(id);
            String field = inText.contains(id) ? "bodyHtml" : "imagePath";
            if (image == null) {
                problems.merge(field, "A picture it shows was deleted from the media library: remove it or choose "
                        + "another.", (a, b) -> a + " " + b);
            } else if (!image.described()) {
                problems.merge(field, "The picture “" + image.name() + "” has no text alternative yet. Describe "
                        + "it in the media library (or mark it decorative), then publish.", (a, b) -> a + " " + b);
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidContentException(problems);
        }
    }

    private static String title(Item item) {
        ItemRevision text = item.draft() != null ? item.draft() : item.live();
        return text == null ? item.slug() : text.fields().title();
    }
}
