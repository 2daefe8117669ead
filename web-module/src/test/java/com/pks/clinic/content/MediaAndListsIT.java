package com.pks.clinic.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import javax.imageio.ImageIO;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.pks.clinic.content.api.Article;
import com.pks.clinic.content.api.Collection;
import com.pks.clinic.content.api.CollectionService;
import com.pks.clinic.content.api.EditableEntry;
import com.pks.clinic.content.api.EntryContent;
import com.pks.clinic.content.api.InvalidContentException;
import com.pks.clinic.content.api.MediaDescription;
import com.pks.clinic.content.api.MediaImage;
import com.pks.clinic.content.api.MediaService;
import com.pks.clinic.content.api.MediaUse;
import com.pks.clinic.content.api.NewPage;
import com.pks.clinic.content.api.PageContent;
import com.pks.clinic.content.api.PageService;
import com.pks.clinic.content.api.PageViews;
import com.pks.clinic.content.api.Question;
import com.pks.clinic.content.api.Readership;
import com.pks.clinic.content.api.ReadershipService;
import com.pks.clinic.content.internal.media.CameraPhotos;
import com.pks.clinic.content.internal.readership.ViewWriter;
import com.pks.clinic.web.testing.AsEditor;
import com.pks.clinic.web.testing.Deployments;

/**
 * The media library, the lists and the readership counts inside Payara, against real Derby: what is stored of a
 * camera's photo, the rule that a picture needs a text alternative before anything showing it is published, where a
 * picture is used, the order of the lists and articles, and page views written and read back.
 */
@ExtendWith(ArquillianExtension.class)
class MediaAndListsIT {

    private static final String ADDRESS = "203.0.113.9";

    @Deployment
    static WebArchive deployment() {
        return Deployments.clinicSiteWith(MediaAndListsIT.class, CameraPhotos.class);
    }

    @Inject
    private AsEditor asEditor;

    @Inject
    private MediaService media;

    @Inject
    private PageService pages;

    @Inject
    private CollectionService collections;

    @Inject
    private PageViews views;

    @Inject
    private ViewWriter writer;

    @Inject
    private ReadershipService readership;

    @Test
    void aCameraPhotoIsStoredUprightInEverySizeWithoutItsPositionOrCamera() {
        asEditor.run(() -> {
            MediaImage photo = media.upload("IMG_0042.jpg", CameraPhotos.jpeg(1800, 1200, 6), ADDRESS);
            assertEquals(1200, photo.width(), "turned upright as the camera said");
            assertEquals(1800, photo.height());
            assertEquals(List.of(320, 640, 1024, 1200), photo.widths());
            assertFalse(photo.described(), "a new picture has no text alternative yet");
            for (int width : photo.widths()) {
                byte[] stored = media.file(photo.id(), width).orElseThrow().bytes();
                String text = new String(stored, StandardCharsets.ISO_8859_1);
                assertFalse(text.contains("Exif") || text.contains(CameraPhotos.MODEL), "metadata at " + width);
                assertEquals(width, decodedWidth(stored));
            }
            assertTrue(media.file(photo.id(), 999).isEmpty(), "no such size");
            assertEquals(photo.id(), media.library("img_0042").get(0).id(), "found again by its name");
        });
    }

    @Test
    void aRenamedFileThatIsNoPictureIsRefused() {
        asEditor.run(() -> {
            int before = media.library(null).size();
            InvalidContentException refused = assertThrows(InvalidContentException.class, () -> media.upload(
                    "holiday.jpg", "%PDF-1.7 not a picture".getBytes(StandardCharsets.US_ASCII), ADDRESS));
            assertTrue(refused.problems().get("file").contains("JPEG, PNG or WebP"));
            assertEquals(before, media.library(null).size(), "nothing stored");
        });
    }

    @Test
    void aPictureWithoutATextAlternativeKeepsWhatShowsItFromBeingPublished() {
        asEditor.run(() -> {
            String name = "portrait-" + UUID.randomUUID() + ".jpg";
            MediaImage photo = media.upload(name, CameraPhotos.jpeg(800, 800, 1), ADDRESS);
            String slug = "pictured-" + UUID.randomUUID().toString().substring(0, 8);
            pages.create(new NewPage(slug, new PageContent("Pictured", "A page with a picture",
                    "<p>Our room.</p><img src=\"" + photo.path() + "\">", null, null)), ADDRESS);
            String key = "pictured-" + UUID.randomUUID().toString().substring(0, 8);
            EditableEntry member = collections.create(Collection.TEAM, key, new EntryContent("Dr. Pictured", "MD",
                    "Psychiatrist", null, "<p>Bio.</p>", photo.path(), null), ADDRESS);

            InvalidContentException page = assertThrows(InvalidContentException.class,
                    () -> pages.publish(slug, pages.getForEditing(slug).version(), ADDRESS));
            assertTrue(page.problems().get("bodyHtml").contains(name), page.problems().toString());
            InvalidContentException entry = assertThrows(InvalidContentException.class,
                    () -> collections.publish(Collection.TEAM, key, member.version(), ADDRESS));
            assertTrue(entry.problems().get("imagePath").contains(name), entry.problems().toString());
            List<MediaUse> uses = media.uses(photo.id());
            assertTrue(uses.contains(new MediaUse(null, slug, "Pictured")), uses.toString());
            assertTrue(uses.contains(new MediaUse(Collection.TEAM, key, "Dr. Pictured")), uses.toString());

            InvalidContentException stillUsed = assertThrows(InvalidContentException.class, () -> media.describe(
                    photo.id(), new MediaDescription(" ", false, null, null), photo.version(), ADDRESS));
            assertTrue(stillUsed.problems().containsKey("alt"), "a used picture cannot lose its description");
            media.describe(photo.id(), new MediaDescription("Dr. Pictured at the clinic", false, "In the room",
                    "Photo: the clinic"), photo.version(), ADDRESS);
            pages.publish(slug, pages.getForEditing(slug).version(), ADDRESS);
            collections.publish(Collection.TEAM, key, member.version(), ADDRESS);
            assertTrue(collections.team().stream().anyMatch(m -> m.key().equals(key)
                    && photo.path().equals(m.photoPath())));

            MediaImage described = media.get(photo.id());
            InvalidContentException used = assertThrows(InvalidContentException.class,
                    () -> media.delete(photo.id(), described.version(), false, ADDRESS));
            assertTrue(used.problems().get("uses").contains("Dr. Pictured"), "a picture in use names where");
            media.delete(photo.id(), described.version(), true, ADDRESS);
            assertTrue(media.file(photo.id(), 320).isEmpty(), "its files are gone with it");
            String edited = pages.saveDraft(slug, new PageContent("Pictured", "A page with a picture",
                    "<p>Our room, again.</p><img src=\"" + photo.path() + "\">", null, null),
                    pages.getForEditing(slug).version(), ADDRESS).slug();
            InvalidContentException gone = assertThrows(InvalidContentException.class,
                    () -> pages.publish(edited, pages.getForEditing(edited).version(), ADDRESS));
            assertTrue(gone.problems().get("bodyHtml").contains("deleted"), gone.problems().toString());

            // the seeded team stays as it was for the other tests of this database
            collections.delete(Collection.TEAM, key, collections.getForEditing(Collection.TEAM, key).version(),
                    ADDRESS);
            pages.delete(slug, null, pages.getForEditing(slug).version(), ADDRESS);
        });
    }

    @Test
    void articlesAreNewestFirstAndTheTeamKeepsTheOrderItIsGiven() {
        asEditor.run(() -> {
            String older = article("Older news", LocalDate.of(2026, 1, 5));
            String newer = article("Newer news", LocalDate.of(2026, 11, 20));
            List<String> keys = collections.articles().stream().map(Article::key)
                    .filter(k -> k.equals(older) || k.equals(newer)).toList();
            assertEquals(List.of(newer, older), keys);
            Article shown = collections.articles().stream().filter(a -> a.key().equals(newer)).findFirst()
                    .orElseThrow();
            assertEquals("A. Author", shown.author());
            assertEquals("What happened.", shown.summary());

            List<String> team = collections.team().stream().map(m -> m.key()).toList();
            collections.move(Collection.TEAM, team.get(1), -1, ADDRESS);
            List<String> moved = collections.team().stream().map(m -> m.key()).toList();
            assertEquals(team.get(1), moved.get(0), "moved up one place");
            assertEquals(team.get(0), moved.get(1));
            collections.move(Collection.TEAM, team.get(1), 1, ADDRESS);
            assertEquals(team, collections.team().stream().map(m -> m.key()).toList(), "and back");

            // questions move within their group, as the page shows them
            List<Question> questions = collections.questions();
            String secondGroup = questions.stream().map(Question::group)
                    .filter(group -> !Objects.equals(group, questions.get(0).group())).findFirst().orElseThrow();
            List<String> inGroup = questions.stream().filter(q -> Objects.equals(q.group(), secondGroup))
                    .map(Question::key).toList();
            collections.move(Collection.FAQ, inGroup.get(0), -1, ADDRESS);
            assertEquals(questions, collections.questions(), "the first of its group stays where it is");
            collections.move(Collection.FAQ, inGroup.get(1), -1, ADDRESS);
            assertEquals(List.of(inGroup.get(1), inGroup.get(0)), collections.questions().stream()
                    .filter(q -> Objects.equals(q.group(), secondGroup)).limit(2).map(Question::key).toList(),
                    "swapped with the one above it in its group");
            collections.move(Collection.FAQ, inGroup.get(1), 1, ADDRESS);
            assertEquals(questions, collections.questions(), "and back");
            for (String key : List.of(older, newer)) {
                collections.delete(Collection.ARTICLE, key, collections.getForEditing(Collection.ARTICLE, key)
                        .version(), ADDRESS);
            }
            assertTrue(collections.articles().stream().noneMatch(a -> a.key().equals(older)), "deleted");
        });
    }

    @Test
    void pageViewsAreCountedInMemoryAndWrittenWithTheirReferringSites() {
        asEditor.run(() -> {
            String path = "/counted-" + UUID.randomUUID().toString().substring(0, 8);
            Readership before = readership.lastDays(14);
            views.count(path, "search.example");
            views.count(path, null);
            views.count(path, "search.example");
            writer.write();
            Readership after = readership.lastDays(14);
            assertEquals(before.total() + 3, after.total());
            assertEquals(14, after.byDay().size(), "every day, the empty ones too");
            assertTrue(after.pages().contains(new Readership.Count(path, 3)), after.pages().toString());
            assertTrue(after.referrers().stream().anyMatch(r -> r.what().equals("search.example")
                    && r.views() >= 2), after.referrers().toString());
            writer.write();
            assertEquals(after.total(), readership.lastDays(14).total(), "each view is written once");
        });
    }

    private String article(String title, LocalDate date) {
        String key = "news-" + UUID.randomUUID().toString().substring(0, 8);
        EditableEntry entry = collections.create(Collection.ARTICLE, key, new EntryContent(title, null, "A. Author",
                "What happened.", "<p>" + title + "</p>", null, date), ADDRESS);
        collections.publish(Collection.ARTICLE, key, entry.version(), ADDRESS);
        return key;
    }

    private static int decodedWidth(byte[] jpeg) {
        try {
            return ImageIO.read(new ByteArrayInputStream(jpeg)).getWidth();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
