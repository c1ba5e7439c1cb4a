package dev.waymark.importer;

import dev.waymark.guide.CardType;
import dev.waymark.guide.CountryCode;
import dev.waymark.guide.Language;
import dev.waymark.guide.OperatorCode;
import dev.waymark.operator.FormerName;
import dev.waymark.operator.Operator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The test corpus of {@code import-corpus/}: articles written for these tests in the shapes real ones take
 * (operator help pages, device eSIM pages, a regulator's guide, community posts and blogs), in English, Russian,
 * Serbian (Latin and Cyrillic) and Chinese, with front matter and metadata lines in their variants.
 */
final class Corpus {

    /** Each article with the country it is about. */
    static final Map<String, CountryCode> ARTICLES = Map.ofEntries(
            Map.entry("en-01-operator-help-germany.md", new CountryCode("DE")),
            Map.entry("en-02-device-esim-help.md", new CountryCode("GB")),
            Map.entry("en-03-regulator-guide.md", new CountryCode("BE")),
            Map.entry("en-04-community-post.md", new CountryCode("RS")),
            Map.entry("en-05-operator-faq-belgium.md", new CountryCode("BE")),
            Map.entry("en-06-blog-with-breadcrumbs.md", new CountryCode("RU")),
            Map.entry("ru-01-operator-help.md", new CountryCode("RU")),
            Map.entry("ru-02-device-esim.md", new CountryCode("RU")),
            Map.entry("ru-03-community-salon-only.md", new CountryCode("RU")),
            Map.entry("ru-04-faq-table.md", new CountryCode("RU")),
            Map.entry("sr-latn-01-operator-help.md", new CountryCode("RS")),
            Map.entry("sr-latn-02-device-after-cancel.md", new CountryCode("RS")),
            Map.entry("sr-cyrl-01-operator-help.md", new CountryCode("RS")),
            Map.entry("sr-cyrl-02-community-store-only.md", new CountryCode("RS")),
            Map.entry("zh-01-howto.md", new CountryCode("CN")),
            Map.entry("zh-02-community-table.md", new CountryCode("BE")),
            Map.entry("zh-03-operator-store-only.md", new CountryCode("CN")));

    static final List<String> NAMES = ARTICLES.keySet().stream().sorted().toList();

    /** A registry as it might stand: operators for Serbia, Russia and Belgium, none for the other countries. */
    static final List<Operator> OPERATORS = List.of(
            operator("rs-mts", "mts"), operator("rs-yettel", "Yettel", "Telenor"), operator("rs-a1", "A1 Srbija", "Vip mobile"),
            operator("ru-mts", "MTS"), operator("ru-t2", "T2", "Tele2"),
            operator("be-proximus", "Proximus"), operator("be-orange", "Orange Belgium", "Mobistar"));

    private Corpus() {
    }

    static Operator operator(String code, String name, String... formerNames) {
        OperatorCode operatorCode = new OperatorCode(code);
        return new Operator(operatorCode, operatorCode.country(), name,
                Stream.of(formerNames).map(former -> new FormerName(former, null, null)).toList(), null, List.of(),
                null, List.of());
    }

    static String read(String name) {
        try (InputStream in = Corpus.class.getResourceAsStream("/import-corpus/" + name)) {
            if (in == null) {
                throw new IllegalStateException("no article " + name + " in import-corpus/");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Imports an article as an editor who accepts the detected card types and language would. */
    static ImportResult importArticle(String name) {
        return importArticle(read(name), ARTICLES.get(name));
    }

    /** Imports a seed article of {@code shared/seeds} with everything detection proposes. */
    static ImportResult importSeed(String name) {
        String article = Seeds.read(name);
        return importArticle(article, java.util.Objects.requireNonNull(Detection.of(article).country()));
    }

    private static ImportResult importArticle(String article, CountryCode country) {
        Detection detected = Detection.of(article);
        List<Operator> operators = OPERATORS.stream().filter(operator -> operator.country().equals(country)).toList();
        Set<CardType> cardTypes = detected.cardTypes();
        Language language = detected.language();
        return MarkdownImporter.importArticle(article, new ImportOptions(country, cardTypes, language), operators);
    }
}
