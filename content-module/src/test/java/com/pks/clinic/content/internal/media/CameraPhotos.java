package com.pks.clinic.content.internal.media;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;

/**
 * Photos as a phone's camera writes them, for the tests: a JPEG whose left half is red, with an EXIF block that
 * holds an orientation, the camera's model and a GPS position (the latitude of Missoula).
 */
public final class CameraPhotos {

    /** The camera model written into the EXIF block, to look for afterwards. */
    public static final String MODEL = "PocketCam X1000 SN-4471";

    private CameraPhotos() {
    }

    /** A JPEG of this size, its left half red and its right half white, tagged with this EXIF orientation. */
    public static byte[] jpeg(int width, int height, int orientation) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setColor(Color.RED);
        g.fillRect(0, 0, width / 2, height);
        g.dispose();
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "jpeg", plain);
        } catch (IOException inMemory) {
            throw new UncheckedIOException(inMemory);
        }
        byte[] jpeg = plain.toByteArray();
        byte[] app1 = exifSegment(orientation);
        // right after the start-of-image marker, where cameras put it
        ByteBuffer withExif = ByteBuffer.allocate(jpeg.length + app1.length);
        withExif.put(jpeg, 0, 2).put(app1).put(jpeg, 2, jpeg.length - 2);
        return withExif.array();
    }

    /** An APP1 segment: "Exif", then a big-endian TIFF block: IFD0 (orientation, model, GPS pointer) and a GPS IFD. */
    private static byte[] exifSegment(int orientation) {
        byte[] model = (MODEL + "\0").getBytes(StandardCharsets.US_ASCII);
        ByteBuffer tiff = ByteBuffer.allocate(256);
        tiff.put(new byte[] {'M', 'M', 0, 42}).putInt(8);
        int ifd0Entries = 3;
        int ifd0End = 8 + 2 + ifd0Entries * 12 + 4;
        int modelAt = ifd0End;
        int gpsAt = modelAt + model.length + (model.length % 2);
        tiff.putShort((short) ifd0Entries);
        entry(tiff, 0x0110, 2, model.length, modelAt);                 // Model, ASCII, stored further on
        tiff.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0);
        entry(tiff, 0x8825, 4, 1, gpsAt);                              // GPS IFD pointer
        tiff.putInt(0);                                                // no next IFD
        tiff.put(model);
        if (model.length % 2 == 1) {
            tiff.put((byte) 0);
        }
        int gpsEntries = 2;
        int latitudeAt = gpsAt + 2 + gpsEntries * 12 + 4;
        tiff.putShort((short) gpsEntries);
        tiff.putShort((short) 1).putShort((short) 2).putInt(2).put(new byte[] {'N', 0, 0, 0}); // GPSLatitudeRef
        entry(tiff, 2, 5, 3, latitudeAt);                              // GPSLatitude, 3 rationals
        tiff.putInt(0);
        tiff.putInt(46).putInt(1).putInt(52).putInt(1).putInt(1).putInt(1); // 46° 52' 1"
        byte[] block = new byte[tiff.position()];
        tiff.flip().get(block);
        byte[] header = "Exif\0\0".getBytes(StandardCharsets.US_ASCII);
        int length = 2 + header.length + block.length;
        return ByteBuffer.allocate(2 + length).put((byte) 0xFF).put((byte) 0xE1).putShort((short) length)
                .put(header).put(block).array();
    }

    private static void entry(ByteBuffer tiff, int tag, int type, int count, int offset) {
        tiff.putShort((short) tag).putShort((short) type).putInt(count).putInt(offset);
    }
}
