package dev.waymark.picture;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;

/**
 * The upload corpus, made here (no file from elsewhere): photos with EXIF (GPS, camera make, orientation) and a
 * comment, a PNG, a WebP, and what must be refused (SVG with script, HTML, polyglots, a decompression bomb, a cut-off
 * file, an empty one, one over the size limit).
 */
public final class PictureCorpus {

    /** Latitude in the GPS EXIF of {@link #photoWithGps()}: 44° 49' 0" N (Belgrade). */
    public static final String CAMERA_MAKE = "WaymarkTestCam";
    public static final String COMMENT = "secret comment from the camera";

    private PictureCorpus() {
    }

    /** A 1600 × 1200 "photo" (gradient and shapes) as JPEG, with EXIF (make, GPS position) and a comment. */
    public static byte[] photoWithGps() {
        return withSegments(jpeg(photo(1600, 1200)), exif(1, true), comment(COMMENT));
    }

    /**
     * An 800 × 400 photo stored sideways with EXIF orientation 6 (turn 90° clockwise to view): its left half red, its
     * right half blue, so upright (400 × 800) the top is red and the bottom blue.
     */
    public static byte[] rotatedPhoto() {
        BufferedImage image = new BufferedImage(800, 400, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(220, 20, 20));
        g.fillRect(0, 0, 400, 400);
        g.setColor(new Color(20, 20, 220));
        g.fillRect(400, 0, 400, 400);
        g.dispose();
        return withSegments(jpeg(image), exif(6, false));
    }

    /** A 1000 × 600 screenshot-like PNG with a transparent corner. */
    public static byte[] png() {
        BufferedImage image = new BufferedImage(1000, 600, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(245, 245, 245));
        g.fillRect(0, 0, 1000, 600);
        g.setColor(new Color(30, 100, 200));
        g.fillRoundRect(100, 200, 800, 80, 20, 20);
        g.setColor(Color.BLACK);
        g.drawString("Delete eSIM", 120, 250);
        g.setComposite(java.awt.AlphaComposite.Clear);
        g.fillRect(0, 0, 50, 50);
        g.dispose();
        return write(image, "png");
    }

    /** A 500 × 300 WebP, written by the same encoder the app uses. */
    public static byte[] webp() {
        return PictureCodec.webp(photo(500, 300));
    }

    public static byte[] svgWithScript() {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <svg xmlns="http://www.w3.org/2000/svg" width="100" height="100">
                  <script>alert(document.cookie)</script>
                  <rect width="100" height="100" fill="red"/>
                </svg>
                """.getBytes(StandardCharsets.UTF_8);
    }

    /** An HTML page (uploaded under a name ending in .jpg). */
    public static byte[] htmlNamedJpg() {
        return "<!DOCTYPE html><html><body><script>alert(1)</script></body></html>".getBytes(StandardCharsets.UTF_8);
    }

    /** A whole, valid JPEG followed by an HTML page with a script. */
    public static byte[] jpegThenHtml() {
        return concat(jpeg(photo(300, 200)),
                "<html><body><script>fetch('/api/editor/guides')</script></body></html>".getBytes(StandardCharsets.UTF_8));
    }

    /** A whole, valid JPEG followed by a ZIP archive (a "GIFAR"-style polyglot). */
    public static byte[] jpegThenZip() {
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip)) {
            out.putNextEntry(new ZipEntry("payload.class"));
            out.write(new byte[] {(byte) 0xCA, (byte) 0xFE, (byte) 0xBA, (byte) 0xBE, 0, 0, 0, 65});
            out.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return concat(jpeg(photo(300, 200)), zip.toByteArray());
    }

    /** A JPEG signature and header with an HTML page where the picture should be. */
    public static byte[] htmlWithJpegHeader() {
        return concat(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0, 1, 1,
                0, 0, 1, 0, 1, 0, 0}, "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8));
    }

    /**
     * A decompression bomb: a real PNG (signature, IHDR, IDAT and IEND chunks with their CRCs) whose header claims
     * 20,000 × 20,000 RGB pixels (1.2 GB decoded) with a small compressed body: the first rows, all zero.
     */
    public static byte[] pngBomb() {
        int width = 20_000;
        int height = 20_000;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        ByteBuffer header = ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) 8).put((byte) 2)
                .put((byte) 0).put((byte) 0).put((byte) 0);
        chunk(out, "IHDR", header.array());
        ByteArrayOutputStream idat = new ByteArrayOutputStream();
        try (DeflaterOutputStream deflate = new DeflaterOutputStream(idat, new Deflater(9))) {
            byte[] row = new byte[1 + width * 3];
            for (int y = 0; y < 500; y++) {
                deflate.write(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        chunk(out, "IDAT", idat.toByteArray());
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    /** The GPS photo cut off at 60 %. */
    public static byte[] truncated() {
        byte[] whole = photoWithGps();
        return Arrays.copyOf(whole, whole.length * 6 / 10);
    }

    /** 11 MB starting as a JPEG. */
    public static byte[] elevenMegabytes() {
        byte[] bytes = new byte[11 * 1024 * 1024];
        new Random(11).nextBytes(bytes);
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xD8;
        bytes[2] = (byte) 0xFF;
        return bytes;
    }

    /** A photo-like picture: a colour gradient with a few shapes. */
    public static BufferedImage photo(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, new Color(x * 255 / width, y * 255 / height, 128).getRGB());
            }
        }
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillOval(width / 4, height / 4, width / 2, height / 2);
        g.dispose();
        return image;
    }

    public static byte[] jpeg(BufferedImage image) {
        return write(image, "jpeg");
    }

    private static byte[] write(BufferedImage image, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("no " + format + " writer");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** {@code jpeg} with these marker segments inserted right after its SOI marker. */
    static byte[] withSegments(byte[] jpeg, byte[]... segments) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2);
        for (byte[] segment : segments) {
            out.writeBytes(segment);
        }
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }

    private static byte[] comment(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);
        return ByteBuffer.allocate(4 + bytes.length).put((byte) 0xFF).put((byte) 0xFE)
                .putShort((short) (bytes.length + 2)).put(bytes).array();
    }

    /**
     * An APP1 Exif segment (big-endian TIFF): IFD0 with Make and Orientation, and with {@code gps} a GPS IFD with
     * latitude 44° 49' N and longitude 20° 27' E.
     */
    static byte[] exif(int orientation, boolean gps) {
        ByteBuffer tiff = ByteBuffer.allocate(512);
        tiff.put(new byte[] {'M', 'M', 0, 42}).putInt(8);
        int entries = gps ? 3 : 2;
        int ifd0End = 8 + 2 + entries * 12 + 4;
        byte[] make = (CAMERA_MAKE + "\0").getBytes(StandardCharsets.US_ASCII);
        int makeOffset = ifd0End;
        int gpsOffset = makeOffset + make.length + (make.length % 2);
        tiff.putShort((short) entries);
        entry(tiff, 0x010F, 2, make.length, makeOffset);
        tiff.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0);
        if (gps) {
            entry(tiff, 0x8825, 4, 1, gpsOffset);
        }
        tiff.putInt(0);
        tiff.put(make);
        if (make.length % 2 == 1) {
            tiff.put((byte) 0);
        }
        if (gps) {
            int gpsEntries = 4;
            int rationals = gpsOffset + 2 + gpsEntries * 12 + 4;
            tiff.putShort((short) gpsEntries);
            tiff.putShort((short) 1).putShort((short) 2).putInt(2).put(new byte[] {'N', 0, 0, 0});
            entry(tiff, 2, 5, 3, rationals);
            tiff.putShort((short) 3).putShort((short) 2).putInt(2).put(new byte[] {'E', 0, 0, 0});
            entry(tiff, 4, 5, 3, rationals + 24);
            tiff.putInt(0);
            for (int value : new int[] {44, 49, 0, 20, 27, 0}) {
                tiff.putInt(value).putInt(1);
            }
        }
        byte[] body = Arrays.copyOf(tiff.array(), tiff.position());
        byte[] header = "Exif\0\0".getBytes(StandardCharsets.US_ASCII);
        return ByteBuffer.allocate(4 + header.length + body.length).put((byte) 0xFF).put((byte) 0xE1)
                .putShort((short) (2 + header.length + body.length)).put(header).put(body).array();
    }

    private static void entry(ByteBuffer tiff, int tag, int type, int count, int value) {
        tiff.putShort((short) tag).putShort((short) type).putInt(count).putInt(value);
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        out.writeBytes(typeBytes);
        out.writeBytes(data);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] both = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }
}
