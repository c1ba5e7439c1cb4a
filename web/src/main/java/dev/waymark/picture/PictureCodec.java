package dev.waymark.picture;

import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifIFD0Directory;
import java.awt.AlphaComposite;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ColorConvertOp;
import java.awt.image.ColorModel;
import java.awt.image.Raster;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.plugins.jpeg.JPEGImageWriteParam;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.jspecify.annotations.Nullable;

/**
 * Turns uploaded bytes into a kept master and the variants readers get, with well-kept codecs only: TwelveMonkeys
 * ImageIO reads JPEG (CMYK and ICC profiles included) and WebP in pure Java, the JDK reads PNG and writes PNG and
 * JPEG, libwebp (through webp-imageio) writes WebP, and metadata-extractor reads the EXIF orientation.
 *
 * <p>The steps: {@link PictureCheck} (content, structure, polyglots); the size in pixels from the decoder's header
 * only, refused over the limit before anything is decoded; decoding (subsampled when the picture is far larger than
 * a master may be, so memory stays bounded); conversion to sRGB; the EXIF orientation applied; scaling down to at
 * most {@link Limits#masterMaxSide()} on the long side; the master written as PNG from the pixels alone (nothing of
 * the upload's metadata survives: EXIF, GPS, XMP, ICC, comments). The master is lossless and already normalised,
 * so this pipeline gives a master back byte for byte: importing an exported master names the same picture.
 *
 * <p>Variants: {@link PictureUrls#WIDTHS} not wider than the master (the master's own width when it is narrower
 * than the smallest), each as lossy WebP (quality {@value #WEBP_QUALITY}, transparency kept) and progressive JPEG
 * (quality {@value #JPEG_QUALITY}, transparency laid on white).
 */
public final class PictureCodec {

    /** The limits an upload must keep: its bytes, its pixels (from the header), a master's longer side. */
    public record Limits(long maxBytes, long maxPixels, int masterMaxSide) {
    }

    /** A master: its pixels (sRGB, {@code TYPE_INT_RGB} or {@code TYPE_INT_ARGB}) and its PNG bytes. */
    public record Master(BufferedImage image, byte[] png, StoredPicture picture) {
    }

    /** No side of an upload may be longer than this, whatever its pixel count. */
    static final int MAX_SIDE = 20_000;
    static final float WEBP_QUALITY = 0.80f;
    static final float JPEG_QUALITY = 0.82f;

    static {
        // The codecs' plugins are found through the context class loader: in the executable jar that is Spring Boot's
        // loader, which the JDK's own start-up scan does not see.
        ImageIO.scanForPlugins();
    }

    private PictureCodec() {
    }

    /**
     * Whether every codec the pipeline needs is there and works: writes and reads back one small picture in each
     * format (loading libwebp). Throws with what is missing.
     */
    public static void selfCheck() {
        BufferedImage pixel = new BufferedImage(2, 2, BufferedImage.TYPE_INT_RGB);
        master(png(pixel), new Limits(1024 * 1024, 100, 2048));
        master(jpeg(pixel), new Limits(1024 * 1024, 100, 2048));
        master(webp(pixel), new Limits(1024 * 1024, 100, 2048));
    }

    /**
     * The master made from {@code bytes}.
     *
     * @throws PictureRejectedException when the bytes are refused, with the reason
     */
    public static Master master(byte[] bytes, Limits limits) {
        if (bytes.length > limits.maxBytes()) {
            throw new PictureRejectedException(Rejection.TOO_LARGE, megabytes(bytes.length), megabytes(limits.maxBytes()));
        }
        PictureCheck.Kind kind = PictureCheck.check(bytes);
        BufferedImage decoded = decode(bytes, kind, limits);
        BufferedImage image = orient(toSrgb(decoded), orientation(bytes));
        int longSide = Math.max(image.getWidth(), image.getHeight());
        if (longSide > limits.masterMaxSide()) {
            double factor = (double) limits.masterMaxSide() / longSide;
            image = scale(image, Math.max(1, (int) Math.round(image.getWidth() * factor)),
                    Math.max(1, (int) Math.round(image.getHeight() * factor)));
        }
        byte[] png = png(image);
        return new Master(image, png, new StoredPicture(PictureHash.of(png), image.getWidth(), image.getHeight()));
    }

    /** Every variant of {@code master}: each of {@link PictureUrls#widths} in each format. */
    public static List<PictureVariant> variants(Master master) {
        List<PictureVariant> variants = new ArrayList<>();
        StoredPicture picture = master.picture();
        for (int width : PictureUrls.widths(picture)) {
            BufferedImage scaled = width == picture.width() ? master.image()
                    : scale(master.image(), width, PictureUrls.heightFor(picture, width));
            variants.add(new PictureVariant(picture.hash(), width, PictureFormat.WEBP, webp(scaled)));
            variants.add(new PictureVariant(picture.hash(), width, PictureFormat.JPEG, jpeg(scaled)));
        }
        return variants;
    }

    private static BufferedImage decode(byte[] bytes, PictureCheck.Kind kind, Limits limits) {
        ImageReader reader = reader(kind);
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
            // Metadata is read for JPEG only: the decoder needs its ICC profile and Adobe marker to get colours right.
            reader.setInput(in, false, kind != PictureCheck.Kind.JPEG);
            int width;
            int height;
            try {
                width = reader.getWidth(0);
                height = reader.getHeight(0);
            } catch (IOException | RuntimeException e) {
                throw new PictureRejectedException(Rejection.UNREADABLE);
            }
            if (width <= 0 || height <= 0 || width > MAX_SIDE || height > MAX_SIDE
                    || (long) width * height > limits.maxPixels()) {
                throw new PictureRejectedException(Rejection.TOO_MANY_PIXELS, width, height,
                        String.format(Locale.ROOT, "%.0f", limits.maxPixels() / 1e6), MAX_SIDE);
            }
            ImageReadParam param = reader.getDefaultReadParam();
            // Far larger than a master: decode every n-th pixel, at most twice the master's size, then scale properly.
            int step = (int) Math.max(1, Math.ceil(Math.max(width, height) / (2.0 * limits.masterMaxSide())));
            if (step > 1) {
                param.setSourceSubsampling(step, step, 0, 0);
            }
            return reader.read(0, param);
        } catch (PictureRejectedException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new PictureRejectedException(Rejection.UNREADABLE);
        } finally {
            reader.dispose();
        }
    }

    /** The decoder for {@code kind}: TwelveMonkeys for JPEG and WebP (pure Java), the JDK's for PNG. */
    private static ImageReader reader(PictureCheck.Kind kind) {
        return switch (kind) {
            case JPEG -> reader("jpeg", "com.twelvemonkeys.imageio.plugins.jpeg.JPEGImageReader");
            case PNG -> reader("png", "com.sun.imageio.plugins.png.PNGImageReader");
            // Not libwebp's (native) reader, which webp-imageio also registers: untrusted bytes go to Java code.
            case WEBP -> reader("webp", "com.twelvemonkeys.imageio.plugins.webp.WebPImageReader");
        };
    }

    private static ImageReader reader(String format, String className) {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format);
        while (readers.hasNext()) {
            ImageReader reader = readers.next();
            if (reader.getClass().getName().equals(className)) {
                return reader;
            }
            reader.dispose();
        }
        throw new IllegalStateException("no " + className + " on the class path");
    }

    /** The EXIF orientation (1 to 8), 1 when there is none or it cannot be read. */
    static int orientation(byte[] bytes) {
        try {
            Metadata metadata = ImageMetadataReader.readMetadata(new ByteArrayInputStream(bytes), bytes.length);
            ExifIFD0Directory exif = metadata.getFirstDirectoryOfType(ExifIFD0Directory.class);
            if (exif != null && exif.containsTag(ExifIFD0Directory.TAG_ORIENTATION)) {
                int orientation = exif.getInt(ExifIFD0Directory.TAG_ORIENTATION);
                return orientation >= 1 && orientation <= 8 ? orientation : 1;
            }
        } catch (Exception e) {
            // Unreadable metadata: the picture is shown as stored.
        }
        return 1;
    }

    /** The pixels in sRGB as {@code TYPE_INT_ARGB} when any is not opaque, else {@code TYPE_INT_RGB}. */
    static BufferedImage toSrgb(BufferedImage source) {
        int width = source.getWidth();
        int height = source.getHeight();
        ColorModel model = source.getColorModel();
        BufferedImage argb = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        int[] row = new int[width];
        if (model.getColorSpace().getType() == ColorSpace.TYPE_GRAY && model.getNumColorComponents() == 1) {
            // Grey samples are gamma-encoded already; the JDK would treat them as linear and lighten them.
            Raster raster = source.getRaster();
            int greyShift = Math.max(0, model.getComponentSize(0) - 8);
            int alphaShift = model.hasAlpha() ? Math.max(0, model.getComponentSize(1) - 8) : 0;
            for (int y = 0; y < height; y++) {
                for (int x = 0; x < width; x++) {
                    int grey = raster.getSample(x, y, 0) >>> greyShift;
                    int alpha = model.hasAlpha() ? raster.getSample(x, y, 1) >>> alphaShift : 0xFF;
                    row[x] = (alpha << 24) | (grey << 16) | (grey << 8) | grey;
                }
                argb.setRGB(0, y, width, 1, row, 0, width);
            }
        } else if (!model.getColorSpace().isCS_sRGB()) {
            new ColorConvertOp(null).filter(source, argb);
        } else {
            for (int y = 0; y < height; y++) {
                source.getRGB(0, y, width, 1, row, 0, width);
                argb.setRGB(0, y, width, 1, row, 0, width);
            }
        }
        return opaque(argb) ? copy(argb, BufferedImage.TYPE_INT_RGB) : argb;
    }

    private static boolean opaque(BufferedImage argb) {
        int[] row = new int[argb.getWidth()];
        for (int y = 0; y < argb.getHeight(); y++) {
            argb.getRGB(0, y, row.length, 1, row, 0, row.length);
            for (int pixel : row) {
                if (pixel >>> 24 != 0xFF) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The same pixels in another integer type, exactly (by the default sRGB colour model). */
    private static BufferedImage copy(BufferedImage source, int type) {
        int width = source.getWidth();
        BufferedImage target = new BufferedImage(width, source.getHeight(), type);
        int[] row = new int[width];
        for (int y = 0; y < source.getHeight(); y++) {
            source.getRGB(0, y, width, 1, row, 0, width);
            target.setRGB(0, y, width, 1, row, 0, width);
        }
        return target;
    }

    /** The picture turned as EXIF orientation {@code orientation} says it is meant to be seen. */
    static BufferedImage orient(BufferedImage source, int orientation) {
        if (orientation <= 1 || orientation > 8) {
            return source;
        }
        int w = source.getWidth();
        int h = source.getHeight();
        boolean swap = orientation >= 5;
        BufferedImage target = new BufferedImage(swap ? h : w, swap ? w : h, source.getType());
        int[] pixels = source.getRGB(0, 0, w, h, null, 0, w);
        int tw = target.getWidth();
        int[] turned = new int[pixels.length];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int tx;
                int ty;
                switch (orientation) {
                    case 2 -> { tx = w - 1 - x; ty = y; }
                    case 3 -> { tx = w - 1 - x; ty = h - 1 - y; }
                    case 4 -> { tx = x; ty = h - 1 - y; }
                    case 5 -> { tx = y; ty = x; }
                    case 6 -> { tx = h - 1 - y; ty = x; }
                    case 7 -> { tx = h - 1 - y; ty = w - 1 - x; }
                    default -> { tx = y; ty = w - 1 - x; }
                }
                turned[ty * tw + tx] = pixels[y * w + x];
            }
        }
        target.setRGB(0, 0, tw, target.getHeight(), turned, 0, tw);
        return target;
    }

    /**
     * {@code source} scaled to {@code width} × {@code height}: halved with bilinear filtering while that stays above
     * the target, then bicubic to the exact size; transparency is scaled premultiplied, so no colour bleeds from
     * transparent pixels.
     */
    static BufferedImage scale(BufferedImage source, int width, int height) {
        boolean alpha = source.getColorModel().hasAlpha();
        int working = alpha ? BufferedImage.TYPE_INT_ARGB_PRE : BufferedImage.TYPE_INT_RGB;
        BufferedImage current = alpha ? copy(source, working) : source;
        int w = current.getWidth();
        int h = current.getHeight();
        while (w / 2 >= width && h / 2 >= height) {
            w /= 2;
            h /= 2;
            current = draw(current, w, h, working, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        }
        if (w != width || h != height) {
            current = draw(current, width, height, working, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        }
        return alpha ? copy(current, BufferedImage.TYPE_INT_ARGB) : current;
    }

    private static BufferedImage draw(BufferedImage source, int width, int height, int type, Object interpolation) {
        BufferedImage target = new BufferedImage(width, height, type);
        Graphics2D g = target.createGraphics();
        try {
            g.setComposite(AlphaComposite.Src);
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, interpolation);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(source, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        return target;
    }

    static byte[] png(BufferedImage image) {
        return write(writer("png", null), image, null);
    }

    static byte[] jpeg(BufferedImage image) {
        BufferedImage rgb = image;
        if (image.getColorModel().hasAlpha()) {
            rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
            Graphics2D g = rgb.createGraphics();
            try {
                g.setColor(Color.WHITE);
                g.fillRect(0, 0, rgb.getWidth(), rgb.getHeight());
                g.drawImage(image, 0, 0, null);
            } finally {
                g.dispose();
            }
        }
        ImageWriter writer = writer("jpeg", null);
        ImageWriteParam param = writer.getDefaultWriteParam();
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(JPEG_QUALITY);
        param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
        if (param instanceof JPEGImageWriteParam jpeg) {
            jpeg.setOptimizeHuffmanTables(true);
        }
        return write(writer, rgb, param);
    }

    static byte[] webp(BufferedImage image) {
        ImageWriter writer = writer("webp", "com.luciad.imageio.webp.WebPWriter");
        ImageWriteParam param = writer.getDefaultWriteParam();
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionType("Lossy");
        param.setCompressionQuality(WEBP_QUALITY);
        return write(writer, image, param);
    }

    private static ImageWriter writer(String format, @Nullable String className) {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName(format);
        while (writers.hasNext()) {
            ImageWriter writer = writers.next();
            if (className == null || writer.getClass().getName().equals(className)) {
                return writer;
            }
            writer.dispose();
        }
        throw new IllegalStateException("no " + format + " writer" + (className == null ? "" : " " + className));
    }

    /** The image written with no metadata at all: only what the pixels need. */
    private static byte[] write(ImageWriter writer, BufferedImage image, @Nullable ImageWriteParam param) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException("could not encode a picture", e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f", bytes / 1024.0 / 1024.0);
    }
}
