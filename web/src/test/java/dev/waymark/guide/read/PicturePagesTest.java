package dev.waymark.guide.read;

import static org.assertj.core.api.Assertions.assertThat;

import dev.waymark.base.TestCaller;
import dev.waymark.base.WaymarkTest;
import dev.waymark.guide.EditorGuides;
import dev.waymark.guide.GuideContent;
import dev.waymark.guide.GuideDiff;
import dev.waymark.guide.Guide;
import dev.waymark.guide.Guides;
import dev.waymark.guide.Illustration;
import dev.waymark.guide.LocalizedText;
import dev.waymark.guide.Platform;
import dev.waymark.guide.Slug;
import dev.waymark.guide.Step;
import dev.waymark.guide.TestGuides;
import dev.waymark.guide.Way;
import dev.waymark.guide.WayKind;
import dev.waymark.picture.PictureHash;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.context.SecurityContextHolder;

/** Pictures on the reader pages: how they are written, and that history and restore bring back the right ones. */
@WaymarkTest
class PicturePagesTest {

    private static final PictureHash SETTINGS = PictureHash.of("settings screen".getBytes());
    private static final PictureHash CONFIRM = PictureHash.of("confirm screen".getBytes());

    @LocalServerPort
    int port;

    @Autowired
    EditorGuides editors;

    private final String suffix = UUID.randomUUID().toString().substring(0, 8);
    private final Slug slug = new Slug("pictures-" + suffix);
    private final HttpClient http = HttpClient.newHttpClient();

    @Autowired
    Guides guides;

    /** Archived once read: the test guides must not crowd the shared database's search results. */
    @AfterEach
    void archiveAndSignOut() {
        guides.findBySlug(slug).filter(guide -> guide.status() != dev.waymark.guide.GuideStatus.ARCHIVED)
                .ifPresent(guide -> guides.save(guide.archive(), "picture-pages-test", "test guide archived"));
        SecurityContextHolder.clearContext();
    }

    private Document page(String path) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return Jsoup.parse(response.body());
    }

    private static Illustration picture(PictureHash hash, int width, int height, Platform platform, String zhAlt,
                                        String enAlt) {
        return new Illustration(hash, width, height, platform, LocalizedText.of("删除eSIM", "Delete eSIM"),
                LocalizedText.of(zhAlt, enAlt));
    }

    /** The Serbian test guide with these pictures on its iPhone eSIM step. */
    private static GuideContent withPictures(List<Illustration> pictures) {
        GuideContent serbia = TestGuides.serbia();
        return serbia.withWays(serbia.ways().stream().map(way -> way.kind() != WayKind.DEVICE_SETTINGS ? way
                : iphoneStep(way, pictures)).toList());
    }

    private static Way iphoneStep(Way way, List<Illustration> pictures) {
        List<Step> steps = new ArrayList<>(way.steps());
        steps.set(0, steps.getFirst().withPictures(pictures));
        return way.withSteps(steps);
    }

    private Guide publishAsSecondEditor(Guide saved) {
        TestCaller.signIn("ben-" + suffix, "ROLE_EDITOR");
        Guide published = editors.publish(saved.id(), saved.version(), true);
        TestCaller.signIn("ana-" + suffix, "ROLE_EDITOR");
        return published;
    }

    @Test
    void the_guide_page_offers_webp_and_jpeg_in_each_width_lazily_with_size_caption_and_alt_in_the_readers_language()
            throws Exception {
        TestCaller.signIn("ana-" + suffix, "ROLE_EDITOR");
        publishAsSecondEditor(editors.create(slug, withPictures(List.of(
                picture(SETTINGS, 1170, 2532, null, "设置 → 蜂窝网络页面", "The Settings → Cellular screen"))), "pictures"));

        Document english = page("/guides/" + slug.value() + "?lang=en&card=esim&platform=ios");
        Element figure = english.selectFirst("li.step figure.fig");
        assertThat(figure).isNotNull();
        Element img = figure.selectFirst("picture > img");
        String hash = SETTINGS.value();
        assertThat(figure.selectFirst("picture > source").attr("type")).isEqualTo("image/webp");
        assertThat(figure.selectFirst("picture > source").attr("srcset")).isEqualTo("/pictures/" + hash
                + "-360.webp 360w, /pictures/" + hash + "-720.webp 720w, /pictures/" + hash + "-1080.webp 1080w");
        assertThat(img.attr("src")).isEqualTo("/pictures/" + hash + "-720.jpg");
        assertThat(img.attr("srcset")).contains("/pictures/" + hash + "-1080.jpg 1080w");
        assertThat(img.attr("sizes")).isEqualTo(Figures.SIZES_TALL);
        assertThat(img.attr("loading")).isEqualTo("lazy");
        assertThat(img.attr("decoding")).isEqualTo("async");
        assertThat(img.attr("width")).isEqualTo("720");
        assertThat(img.attr("height")).isEqualTo(String.valueOf(Math.round(2532 * 720 / 1170f)));
        assertThat(img.attr("alt")).isEqualTo("The Settings → Cellular screen");
        assertThat(img.attr("data-offline")).isEqualTo("/pictures/" + hash + "-720.webp");
        assertThat(figure.select("figcaption").text()).isEqualTo("Delete eSIM");

        Document chinese = page("/guides/" + slug.value() + "?lang=zh-CN&card=esim&platform=ios");
        assertThat(chinese.selectFirst("li.step figure img").attr("alt")).isEqualTo("设置 → 蜂窝网络页面");
        assertThat(chinese.select("li.step figcaption").text()).isEqualTo("删除eSIM");

        Document print = page("/guides/" + slug.value() + "/print?lang=en&card=esim&platform=ios");
        Element printed = print.selectFirst("ol.s figure img");
        assertThat(printed.attr("src")).isEqualTo("/pictures/" + hash + "-360.jpg");
        assertThat(printed.hasAttr("loading")).as("printing must include the picture").isFalse();
        assertThat(printed.hasAttr("srcset")).isFalse();
        assertThat(printed.attr("width")).isEqualTo("360");
        assertThat(print.select("ol.s figure source")).isEmpty();
    }

    @Test
    void the_seeded_guides_pictures_are_stored_pictures_served_in_each_width() throws Exception {
        Document iphone = page("/guides/serbia-cancel-mobile-service?lang=en&card=esim&platform=ios");
        List<Element> shown = iphone.select("#way-device-settings figure img");
        assertThat(shown).hasSize(4);
        // Where the eSIM's ICCID is shown on an iPhone (the printed card is for physical SIMs).
        assertThat(iphone.select("#documents figure img")).hasSize(1);
        for (Element img : shown) {
            assertThat(img.attr("alt")).isNotBlank();
            String webp = img.attr("data-offline");
            HttpResponse<byte[]> served = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + webp))
                    .GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(served.statusCode()).as(webp).isEqualTo(200);
            assertThat(served.headers().firstValue("content-type")).contains("image/webp");
            assertThat(served.body().length).as(webp).isLessThan(120 * 1024);
        }
        Document android = page("/guides/serbia-cancel-mobile-service?lang=zh-CN&card=esim&platform=android");
        assertThat(android.select("#way-device-settings figure img")).hasSize(5)
                .allSatisfy(img -> assertThat(img.attr("alt")).isNotBlank());
    }

    @Test
    void a_reader_on_one_platform_sees_only_that_platforms_pictures() throws Exception {
        TestCaller.signIn("ana-" + suffix, "ROLE_EDITOR");
        GuideContent content = TestGuides.serbia();
        // A step for every phone, with one picture per platform.
        Step both = Step.of(LocalizedText.of("删除eSIM", "Delete the eSIM")).withPictures(List.of(
                picture(SETTINGS, 600, 1200, Platform.IOS, "苹果", "iPhone settings"),
                picture(CONFIRM, 600, 1200, Platform.ANDROID, "安卓", "Android settings")));
        content = content.withWays(content.ways().stream().map(way -> way.kind() != WayKind.DEVICE_SETTINGS ? way
                : way.withSteps(List.of(both))).toList());
        publishAsSecondEditor(editors.create(slug, content, "one picture per platform"));

        assertThat(page("/guides/" + slug.value() + "?lang=en&card=esim&platform=android").select("figure img")
                .eachAttr("alt")).containsExactly("Android settings");
        assertThat(page("/guides/" + slug.value() + "?lang=en&card=esim").select("figure img").eachAttr("alt"))
                .containsExactly("iPhone settings", "Android settings");
        // Smaller than 720 px: the page asks for the stored 360 px one and the master width.
        Element img = page("/guides/" + slug.value() + "?lang=en&card=esim&platform=ios").selectFirst("figure img");
        assertThat(img.attr("src")).endsWith("-360.jpg");
        assertThat(img.attr("width")).isEqualTo("360");
    }

    @Test
    void compare_names_the_replaced_picture_and_a_restored_old_revision_shows_its_old_picture() throws Exception {
        TestCaller.signIn("ana-" + suffix, "ROLE_EDITOR");
        Guide first = publishAsSecondEditor(editors.create(slug, withPictures(List.of(
                picture(SETTINGS, 1170, 2532, null, "设置", "Settings"))), "settings screen"));
        Guide second = editors.save(first.id(), first.version(), slug, withPictures(List.of(
                picture(CONFIRM, 1170, 2532, null, "确认", "Confirm"))), "confirm screen instead");
        second = publishAsSecondEditor(second);
        String path = "/guides/" + slug.value() + "?lang=en&card=esim&platform=ios";
        assertThat(page(path).selectFirst("figure img").attr("src")).contains(CONFIRM.value());

        List<GuideDiff.Change> changes = editors.compare(first.id(), 1, 2);
        assertThat(changes).singleElement().satisfies(change -> {
            assertThat(change.where().field()).isEqualTo(GuideDiff.Field.PICTURES);
            assertThat(change.kind()).isEqualTo(GuideDiff.Kind.CHANGED);
            assertThat(change.before()).startsWith("picture " + SETTINGS.value().substring(0, 8));
            assertThat(change.after()).startsWith("picture " + CONFIRM.value().substring(0, 8));
        });

        Guide restored = editors.restore(second.id(), 1, second.version());
        publishAsSecondEditor(restored);
        Document page = page(path);
        assertThat(page.selectFirst("figure img").attr("src")).contains(SETTINGS.value());
        assertThat(page.selectFirst("figure img").attr("alt")).isEqualTo("Settings");
        assertThat(page.html()).doesNotContain(CONFIRM.value());
    }
}
