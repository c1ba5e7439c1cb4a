package dev.waymark.guide.read;

import dev.waymark.guide.Illustration;
import dev.waymark.guide.LocalizedText;
import dev.waymark.picture.PictureFormat;
import dev.waymark.picture.PictureUrls;
import dev.waymark.picture.StoredPicture;
import java.util.List;
import java.util.function.Function;

/**
 * A part's pictures as HTML, for {@link GuideDocument}. On the guide page each is a {@code <picture>} offering WebP
 * with a JPEG fallback in every stored width, sized for the column ({@code sizes}), loaded only when it nears the
 * screen ({@code loading="lazy"}), with width and height so the text does not jump when it arrives, and a
 * {@code data-offline} address: the width a phone shows, which the reader script keeps in the offline copy. On the
 * print page each is the small width as a JPEG, loaded at once, since printing must include it.
 */
final class Figures {

    /** The width a phone shows (and the offline copy keeps): 720 px covers a 360 px wide screen at twice the density. */
    static final int PHONE_WIDTH = 720;
    /** The print page's width: small, since paper needs no more and the page must stay light. */
    static final int PRINT_WIDTH = 360;

    /**
     * How wide a picture is drawn (app.css, {@code .fig img}): a screenshot taller than wide at most 20rem, others at
     * most the column (46rem less 2rem of padding); on a phone the whole screen width less the page's padding.
     */
    static final String SIZES_TALL = "(min-width: 22rem) 20rem, calc(100vw - 2rem)";
    static final String SIZES_WIDE = "(min-width: 46rem) 44rem, calc(100vw - 2rem)";

    private Figures() {
    }

    /** Writes the pictures, if any; {@code text} picks a text in the reader's language, falling back like others. */
    static void render(Html html, List<Illustration> pictures, boolean page, Function<LocalizedText, String> text) {
        if (pictures.isEmpty()) {
            return;
        }
        html.raw("<div class=\"figs\">");
        for (Illustration picture : pictures) {
            figure(html, picture, page, text);
        }
        html.raw("</div>");
    }

    private static void figure(Html html, Illustration picture, boolean page, Function<LocalizedText, String> text) {
        StoredPicture stored = new StoredPicture(picture.picture(), picture.width(), picture.height());
        List<Integer> widths = PictureUrls.widths(stored);
        boolean tall = picture.height() > picture.width();
        html.raw(tall ? "<figure class=\"fig tall\">" : "<figure class=\"fig\">").raw(page ? "<picture>" : "");
        if (page) {
            int shown = largestUpTo(widths, PHONE_WIDTH);
            String sizes = tall ? SIZES_TALL : SIZES_WIDE;
            html.raw("<source type=\"image/webp\"").attribute("srcset", PictureUrls.srcset(stored, PictureFormat.WEBP))
                    .attribute("sizes", sizes).raw("><img")
                    .attribute("src", PictureUrls.src(stored, shown, PictureFormat.JPEG))
                    .attribute("srcset", PictureUrls.srcset(stored, PictureFormat.JPEG)).attribute("sizes", sizes)
                    .attribute("width", String.valueOf(shown))
                    .attribute("height", String.valueOf(PictureUrls.heightFor(stored, shown)))
                    .raw(" loading=\"lazy\" decoding=\"async\"")
                    .attribute("data-offline", PictureUrls.src(stored, shown, PictureFormat.WEBP));
        } else {
            // Paper needs no modern format: one small JPEG, the lightest markup.
            int shown = largestUpTo(widths, PRINT_WIDTH);
            html.raw("<img").attribute("src", PictureUrls.src(stored, shown, PictureFormat.JPEG))
                    .attribute("width", String.valueOf(shown))
                    .attribute("height", String.valueOf(PictureUrls.heightFor(stored, shown)));
        }
        html.attribute("alt", text.apply(picture.alt())).raw(page ? "></picture>" : ">");
        String caption = text.apply(picture.caption());
        if (!caption.isEmpty()) {
            html.element("figcaption", "", caption);
        }
        html.raw("</figure>");
    }

    /** The largest stored width not over {@code limit}; the smallest one when all are larger. */
    static int largestUpTo(List<Integer> widths, int limit) {
        return widths.stream().filter(width -> width <= limit).max(Integer::compare)
                .orElse(widths.stream().min(Integer::compare).orElseThrow());
    }
}
