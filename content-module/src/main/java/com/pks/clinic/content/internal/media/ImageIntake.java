package com.pks.clinic.content.internal.media;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.color.ColorSpace;
import java.awt.geom.AffineTransform;
import java.awt.image.AffineTransformOp;
import java.awt.image.BufferedImage;
import java.awt.image.ColorConvertOp;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;

import com.pks.clinic.content.api.InvalidContentException;
import com.twelvemonkeys.imageio.metadata.Directory;
import com.twelvemonkeys.imageio.metadata.Entry;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEG;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEGSegment;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEGSegmentUtil;
import com.twelvemonkeys.imageio.metadata.tiff.TIFF;
import com.twelvemonkeys.imageio.metadata.tiff.TIFFReader;

/**
 * Turns an uploaded file into the images the site serves. The type is read from the file's first bytes, never from
 * its name; the size in pixels is read from the header and a picture too large is refused before it is decoded (a
 * small file can unpack into gigabytes). The picture is turned upright as its EXIF orientation says, converted to
 * sRGB, and written again from its pixels alone, so that nothing of the original file's metadata (the GPS position,
 * the camera's serial number, the colour profile) survives. Decoding takes much memory: one image at a time.
 */
final class ImageIntake {

    /** The largest file taken; a phone's photo is 2 to 8 MB. */
    static final int MAX_BYTES = 15 * 1024 * 1024;
    /** The largest picture taken, in pixels (a 48-megapixel phone photo is refused; 40 million still fit). */
    static final long MAX_PIXELS = 40_000_000L;
    /** The widths served: a portrait, a phone, a page's column, a wide screen; never wider than the picture itself. */
    static final int[] WIDTHS = {320, 640, 1024, 1600};

    private static final float JPEG_QUALITY = 0.85f;
    private static final Object ONE_AT_A_TIME = new Object();

    private ImageIntake() {
    }

    /** The picture's stored forms, narrowest first; {@link InvalidContentException} (field "file") when refused. */
    static Intake take(byte[] file) {
        if (file.length > MAX_BYTES) {
            throw refused("This file is larger than " + MAX_BYTES / 1024 / 1024 + " MB. Please use a smaller copy "
                    + "of the picture (a photo from a phone is usually 2 to 8 MB).");
        }
        SourceFormat format = SourceFormat.sniff(file).orElseThrow(() -> refused("This file is not a JPEG, PNG or "
                + "WebP picture, whatever its name says. The library takes photos and pictures in those three "
                + "formats only (SVG, PDF and other files are not accepted)."));
        synchronized (ONE_AT_A_TIME) {
            BufferedImage upright = orient(decode(file, format), format == SourceFormat.JPEG ? orientation(file) : 1);
            boolean alpha = upright.getColorModel().hasAlpha();
            BufferedImage clean = srgb(upright);
            return new Intake(alpha ? "image/png" : "image/jpeg", clean.getWidth(), clean.getHeight(),
                    variants(clean, alpha));
        }
    }

    private static BufferedImage decode(byte[] file, SourceFormat format) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(file))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw refused("This " + format.label + " picture cannot be read. Please save it again as a JPEG "
                        + "or PNG and upload that.");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, false);
                long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
                if (pixels > MAX_PIXELS) {
                    throw refused("This picture is " + reader.getWidth(0) + " × " + reader.getHeight(0)
                            + " pixels, more than the " + MAX_PIXELS / 1_000_000 + " million the library takes. "
                            + "Please upload a smaller copy (2,000 to 4,000 pixels wide is plenty).");
                }
                return reader.read(0);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException broken) {
            if (broken instanceof InvalidContentException refusal) {
                throw refusal;
            }
            throw refused("This " + format.label + " file is damaged or incomplete and cannot be read. Please "
                    + "save the picture again and upload the new copy.");
        }
    }

    /** The EXIF orientation of a JPEG (1 = upright), or 1 when it says nothing readable. */
    static int orientation(byte[] jpeg) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(jpeg))) {
            List<JPEGSegment> exif = JPEGSegmentUtil.readSegments(in, JPEG.APP1, "Exif");
            if (exif.isEmpty()) {
                return 1;
            }
            InputStream data = exif.get(0).data();
            data.read(); // the pad byte after "Exif\0"
            Directory tiff = new TIFFReader().read(ImageIO.createImageInputStream(data));
            Entry entry = tiff.getEntryById(TIFF.TAG_ORIENTATION);
            return entry != null && entry.getValue() instanceof Number value ? value.intValue() : 1;
        } catch (IOException | RuntimeException unreadable) {
            return 1;
        }
    }

    /** Turns the picture as EXIF orientation 2 to 8 says, so that it stands upright without its metadata. */
    static BufferedImage orient(BufferedImage image, int orientation) {
        int w = image.getWidth();
        int h = image.getHeight();
        AffineTransform turn = new AffineTransform();
        switch (orientation) {
            case 2 -> { turn.translate(w, 0); turn.scale(-1, 1); }
            case 3 -> { turn.translate(w, h); turn.rotate(Math.PI); }
            case 4 -> { turn.translate(0, h); turn.scale(1, -1); }
            case 5 -> { turn.rotate(Math.PI / 2); turn.scale(1, -1); }
            case 6 -> { turn.translate(h, 0); turn.rotate(Math.PI / 2); }
            case 7 -> { turn.scale(-1, 1); turn.translate(-h, 0); turn.translate(0, w); turn.rotate(3 * Math.PI / 2); }
            case 8 -> { turn.translate(0, w); turn.rotate(3 * Math.PI / 2); }
            default -> { return image; }
        }
        boolean sideways = orientation >= 5;
        BufferedImage plain = srgb(image);
        BufferedImage turned = new BufferedImage(sideways ? h : w, sideways ? w : h, plain.getType());
        return new AffineTransformOp(turn, AffineTransformOp.TYPE_NEAREST_NEIGHBOR).filter(plain, turned);
    }

    /** The picture in sRGB (the colour space every browser assumes once the profile is gone), as plain pixels. */
    private static BufferedImage srgb(BufferedImage image) {
        boolean sRgb = image.getColorModel().getColorSpace().isCS_sRGB();
        int type = image.getType();
        if (sRgb && (type == BufferedImage.TYPE_INT_RGB || type == BufferedImage.TYPE_INT_ARGB)) {
            return image;
        }
        boolean alpha = image.getColorModel().hasAlpha();
        BufferedImage converted = new BufferedImage(image.getWidth(), image.getHeight(),
                alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        if (sRgb) {
            Graphics2D g = converted.createGraphics();
            g.drawImage(image, 0, 0, null);
            g.dispose();
        } else {
            new ColorConvertOp(ColorSpace.getInstance(ColorSpace.CS_sRGB), null).filter(image, converted);
        }
        return converted;
    }

    /** The picture drawn afresh at this size: its pixels only, in sRGB; halved step by step for a smooth result. */
    private static BufferedImage redraw(BufferedImage source, int width, int height, boolean alpha) {
        BufferedImage current = srgb(source);
        int w = current.getWidth();
        int h = current.getHeight();
        do {
            w = Math.max(width, w / 2 >= width ? w / 2 : width);
            h = Math.max(height, h / 2 >= height ? h / 2 : height);
            BufferedImage step = new BufferedImage(w, h, alpha ? BufferedImage.TYPE_INT_ARGB
                    : BufferedImage.TYPE_INT_RGB);
            Graphics2D g = step.createGraphics();
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(current, 0, 0, w, h, null);
            g.dispose();
            current = step;
        } while (w != width || h != height);
        return current;
    }

    private static List<Intake.Variant> variants(BufferedImage clean, boolean alpha) {
        List<Intake.Variant> variants = new ArrayList<>();
        for (int width : WIDTHS) {
            if (width < clean.getWidth()) {
                int height = Math.max(1, Math.round((float) clean.getHeight() * width / clean.getWidth()));
                variants.add(variant(redraw(clean, width, height, alpha), alpha));
            }
        }
        if (clean.getWidth() <= WIDTHS[WIDTHS.length - 1] || variants.isEmpty()) {
            variants.add(variant(clean, alpha));
        }
        return List.copyOf(variants);
    }

    private static Intake.Variant variant(BufferedImage image, boolean alpha) {
        return new Intake.Variant(image.getWidth(), image.getHeight(), alpha ? png(image) : jpeg(image));
    }

    private static byte[] png(BufferedImage image) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException inMemory) {
            throw new IllegalStateException("Writing to memory failed", inMemory);
        }
    }

    private static byte[] jpeg(BufferedImage image) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            ImageWriteParam quality = writer.getDefaultWriteParam();
            quality.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            quality.setCompressionQuality(JPEG_QUALITY);
            quality.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
            writer.setOutput(stream);
            writer.write(null, new IIOImage(image, null, null), quality);
        } catch (IOException inMemory) {
            throw new IllegalStateException("Writing to memory failed", inMemory);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    private static InvalidContentException refused(String message) {
        return InvalidContentException.of("file", message);
    }

    /** The formats taken, told apart by their first bytes. */
    enum SourceFormat {
        JPEG("JPEG"), PNG("PNG"), WEBP("WebP");

        final String label;

        SourceFormat(String label) {
            this.label = label;
        }

        static Optional<SourceFormat> sniff(byte[] f) {
            if (f.length > 3 && (f[0] & 0xFF) == 0xFF && (f[1] & 0xFF) == 0xD8 && (f[2] & 0xFF) == 0xFF) {
                return Optional.of(JPEG);
            }
            if (f.length > 8 && (f[0] & 0xFF) == 0x89 && f[1] == 'P' && f[2] == 'N' && f[3] == 'G' && f[4] == 0x0D
                    && f[5] == 0x0A && f[6] == 0x1A && f[7] == 0x0A) {
                return Optional.of(PNG);
            }
            if (f.length > 12 && f[0] == 'R' && f[1] == 'I' && f[2] == 'F' && f[3] == 'F' && f[8] == 'W'
                    && f[9] == 'E' && f[10] == 'B' && f[11] == 'P') {
                return Optional.of(WEBP);
            }
            return Optional.empty();
        }
    }
}
