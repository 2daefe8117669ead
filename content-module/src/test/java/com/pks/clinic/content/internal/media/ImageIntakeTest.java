package com.pks.clinic.content.internal.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

import org.junit.jupiter.api.Test;

import com.pks.clinic.content.api.InvalidContentException;

class ImageIntakeTest {

    @Test
    void aCameraPhotoLosesItsPositionAndCameraAndStandsUpright() throws IOException {
        byte[] photo = CameraPhotos.jpeg(400, 200, 6); // stored sideways: the camera says "turn 90° clockwise"
        assertEquals(6, ImageIntake.orientation(photo), "the test photo carries its orientation");
        assertTrue(contains(photo, CameraPhotos.MODEL.getBytes(StandardCharsets.US_ASCII)));

        Intake intake = ImageIntake.take(photo);

        assertEquals("image/jpeg", intake.contentType());
        assertEquals(200, intake.width(), "turned upright: as wide as it was high");
        assertEquals(400, intake.height());
        for (Intake.Variant variant : intake.variants()) {
            assertFalse(contains(variant.bytes(), "Exif".getBytes(StandardCharsets.US_ASCII)), "no EXIF block left");
            assertFalse(contains(variant.bytes(), CameraPhotos.MODEL.getBytes(StandardCharsets.US_ASCII)));
        }
        BufferedImage upright = ImageIO.read(new ByteArrayInputStream(last(intake).bytes()));
        assertTrue(isRed(upright.getRGB(100, 50)), "the photo's left half is now its top half");
        assertFalse(isRed(upright.getRGB(100, 350)));
    }

    @Test
    void variantsArePhoneAndDesktopWidthsNeverWiderThanThePicture() {
        Intake wide = ImageIntake.take(CameraPhotos.jpeg(2000, 1000, 1));
        assertEquals(List.of(320, 640, 1024, 1600), wide.variants().stream().map(Intake.Variant::width).toList());
        assertEquals(List.of(160, 320, 512, 800), wide.variants().stream().map(Intake.Variant::height).toList());

        Intake small = ImageIntake.take(CameraPhotos.jpeg(500, 500, 1));
        assertEquals(List.of(320, 500), small.variants().stream().map(Intake.Variant::width).toList(),
                "a small picture keeps its own size as its widest");
    }

    @Test
    void aTransparentPngStaysAPng() throws IOException {
        BufferedImage logo = new BufferedImage(64, 64, BufferedImage.TYPE_INT_ARGB);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(logo, "png", png);
        Intake intake = ImageIntake.take(png.toByteArray());
        assertEquals("image/png", intake.contentType());
        assertTrue(ImageIO.read(new ByteArrayInputStream(last(intake).bytes())).getColorModel().hasAlpha());
    }

    @Test
    void aProgressiveJpegIsRead() throws IOException {
        BufferedImage picture = ImageIO.read(new ByteArrayInputStream(CameraPhotos.jpeg(800, 600, 1)));
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ImageWriteParam progressive = writer.getDefaultWriteParam();
        progressive.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            writer.write(null, new IIOImage(picture, null, null), progressive);
        } finally {
            writer.dispose();
        }
        Intake intake = ImageIntake.take(out.toByteArray());
        assertEquals(800, intake.width());
        assertEquals(600, intake.height());
    }

    @Test
    void theTypeComesFromTheBytesNeverTheName() {
        byte[] pdf = "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n".getBytes(StandardCharsets.US_ASCII);
        byte[] svg = "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"
                .getBytes(StandardCharsets.UTF_8);
        for (byte[] notAPicture : List.of(pdf, svg)) {
            InvalidContentException refused = assertThrows(InvalidContentException.class,
                    () -> ImageIntake.take(notAPicture));
            assertTrue(refused.problems().get("file").contains("JPEG, PNG or WebP"), refused.problems().toString());
        }
    }

    @Test
    void aDamagedPictureIsRefusedWithAMessage() {
        byte[] truncated = Arrays.copyOf(CameraPhotos.jpeg(300, 300, 1), 200);
        InvalidContentException refused = assertThrows(InvalidContentException.class,
                () -> ImageIntake.take(truncated));
        assertTrue(refused.problems().get("file").contains("damaged"), refused.problems().toString());
    }

    @Test
    void aPictureOfTooManyPixelsIsRefusedFromItsHeaderBeforeDecoding() throws IOException {
        // 10,000 × 10,000 pixels of one colour: a PNG of a few hundred kilobytes that would unpack into 400 MB
        BufferedImage huge = new BufferedImage(10_000, 10_000, BufferedImage.TYPE_BYTE_BINARY);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(huge, "png", png);
        assertTrue(png.size() < ImageIntake.MAX_BYTES, "small enough as a file");
        InvalidContentException refused = assertThrows(InvalidContentException.class,
                () -> ImageIntake.take(png.toByteArray()));
        assertTrue(refused.problems().get("file").contains("10000 × 10000 pixels"), refused.problems().toString());
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedUnread() {
        byte[] large = new byte[ImageIntake.MAX_BYTES + 1];
        large[0] = (byte) 0xFF;
        large[1] = (byte) 0xD8;
        large[2] = (byte) 0xFF;
        InvalidContentException refused = assertThrows(InvalidContentException.class, () -> ImageIntake.take(large));
        assertTrue(refused.problems().get("file").contains("15 MB"), refused.problems().toString());
    }

    private static Intake.Variant last(Intake intake) {
        return intake.variants().get(intake.variants().size() - 1);
    }

    private static boolean isRed(int rgb) {
        int red = rgb >> 16 & 0xFF;
        int green = rgb >> 8 & 0xFF;
        return red > 200 && green < 80;
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
