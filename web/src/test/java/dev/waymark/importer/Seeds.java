package dev.waymark.importer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The five source articles of shared/seeds, copied into the test resources so CI has them. */
final class Seeds {

    static final String SERBIA_DATA_CARD = "000_d92cf9b622fd807c.txt";
    static final String SERBIA_ESIM = "001_a1bad05a6cf496a4.txt";
    static final String SERBIA_4G = "002_261cf761db611c51.txt";
    static final String RUSSIA = "003_34f021b98c893804.txt";
    static final String BELGIUM = "004_adbe39261b84e3ea.txt";
    static final List<String> ALL = List.of(SERBIA_DATA_CARD, SERBIA_ESIM, SERBIA_4G, RUSSIA, BELGIUM);

    private Seeds() {
    }

    static String read(String name) {
        try (InputStream in = Seeds.class.getResourceAsStream("/seeds/" + name)) {
            if (in == null) {
                throw new IllegalStateException("no seed article " + name + " in the test resources");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
