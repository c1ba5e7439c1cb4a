package dev.waymark.base;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/** Pictures for tests, drawn here: a phone-screen-like PNG with bars and blocks, as a settings screenshot has. */
public final class TestScreenshots {

    private TestScreenshots() {
    }

    /** A PNG of {@code width} × {@code height} with rows of grey bars and one in {@code accent}. */
    public static byte[] png(int width, int height, Color accent) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setColor(new Color(0xF2F2F7));
        for (int y = 120; y < height; y += 110) {
            g.fillRect(24, y, width - 48, 88);
        }
        g.setColor(accent);
        g.fillRect(24, height / 2, width - 48, 88);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
