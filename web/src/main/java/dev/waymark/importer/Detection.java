package dev.waymark.importer;

import com.ibm.icu.text.Transliterator;
import dev.waymark.guide.CardType;
import dev.waymark.guide.CountryCode;
import dev.waymark.guide.Language;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A first guess at what an article is about, to pre-fill the import form: the country it names (in Chinese or
 * English, title first), the card types its title and headings name, and whether it is written in Chinese (or
 * the language its metadata declares, when Waymark writes it). Metadata lines are not taken for the title.
 * Only a guess: the editor confirms or changes every field.
 *
 * @param country the country the article is about; null when it names none
 */
public record Detection(@Nullable CountryCode country, Set<CardType> cardTypes, Language language) {

    private static final Map<Pattern, String> COUNTRY_NAMES = countryNames();
    private static final Transliterator SIMPLIFIED = Transliterator.getInstance("Traditional-Simplified");
    private static final Transliterator TRADITIONAL = Transliterator.getInstance("Simplified-Traditional");
    private static final Pattern HEADING = Pattern.compile("(?m)^\\s{0,3}#{1,6}\\s+(.*)$");

    public Detection {
        cardTypes = cardTypes.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(cardTypes));
    }

    public Optional<CountryCode> detectedCountry() {
        return Optional.ofNullable(country);
    }

    /** Guesses from the article's text; never null. Promotion and metadata lines are ignored. */
    public static Detection of(String markdown) {
        FrontMatter.Read metadata = FrontMatter.read(Promotions.strip(markdown.replace("\r\n", "\n")).text());
        String text = metadata.text();
        String title = text.strip().lines().findFirst().orElse("");
        StringBuilder headings = new StringBuilder(title);
        Matcher heading = HEADING.matcher(text);
        while (heading.find()) {
            headings.append('\n').append(heading.group(1));
        }
        CountryCode country = mostNamed(title).or(() -> mostNamed(text)).map(CountryCode::new).orElse(null);
        List<CardType> cardTypes = Headings.cardTypes(headings.toString());
        if (cardTypes.isEmpty()) {
            cardTypes = Headings.cardTypes(text);
        }
        return new Detection(country, cardTypes.isEmpty() ? Set.of(CardType.PHYSICAL_SIM) : Set.copyOf(cardTypes),
                metadata.language().flatMap(Language::parse).orElseGet(() -> language(text)));
    }

    /**
     * Chinese when at least a tenth of the letters are Han characters (Traditional when most of them are written
     * differently in Simplified); Russian when most letters are Cyrillic and none is one of Serbian's own (ђ ћ џ љ
     * њ ј); otherwise English.
     */
    static Language language(String text) {
        long han = text.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN).count();
        long letters = text.codePoints().filter(Character::isLetter).count();
        if (letters > 0 && han * 10 >= letters) {
            return traditional(text) ? Language.ZH_TW : Language.ZH_CN;
        }
        long cyrillic = text.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC)
                .count();
        boolean serbian = text.codePoints().anyMatch(c -> "ђћџљњјЂЋЏЉЊЈ".indexOf(c) >= 0);
        return letters > 0 && cyrillic * 2 > letters && !serbian ? Language.RU : Language.EN;
    }

    /** Whether more of the text's Han characters are Traditional-only than Simplified-only. */
    private static boolean traditional(String text) {
        String simplified;
        String traditional;
        synchronized (SIMPLIFIED) {
            simplified = SIMPLIFIED.transliterate(text);
            traditional = TRADITIONAL.transliterate(text);
        }
        long traditionalOnly = 0;
        long simplifiedOnly = 0;
        for (int i = 0; i < Math.min(text.length(), Math.min(simplified.length(), traditional.length())); i++) {
            if (simplified.charAt(i) != text.charAt(i)) {
                traditionalOnly++;
            } else if (traditional.charAt(i) != text.charAt(i)) {
                simplifiedOnly++;
            }
        }
        return traditionalOnly > simplifiedOnly;
    }

    private static Optional<String> mostNamed(String text) {
        String best = null;
        long most = 0;
        Map<String, Long> counts = new LinkedHashMap<>();
        COUNTRY_NAMES.forEach((pattern, code) -> counts.merge(code, pattern.matcher(text).results().count(), Long::sum));
        for (Map.Entry<String, Long> entry : counts.entrySet()) {
            if (entry.getValue() > most) {
                best = entry.getKey();
                most = entry.getValue();
            }
        }
        return Optional.ofNullable(best);
    }

    /** Every ISO country's Chinese and English names, plus a few local names, as patterns. */
    private static Map<Pattern, String> countryNames() {
        Map<Pattern, String> names = new LinkedHashMap<>();
        for (String code : Locale.getISOCountries()) {
            Locale country = Locale.of("", code);
            List<String> all = new ArrayList<>(List.of(country.getDisplayCountry(Locale.SIMPLIFIED_CHINESE),
                    country.getDisplayCountry(Locale.ENGLISH)));
            all.addAll(switch (code) {
                case "RS" -> List.of("Srbija", "Србија");
                case "RU" -> List.of("Russian Federation", "Россия");
                case "BE" -> List.of("België", "Belgique");
                default -> List.of();
            });
            for (String name : all) {
                if (name.length() >= 2 && !name.equals(code)) {
                    // Latin names are whole words; Chinese names have no spaces to mark words.
                    names.put(Pattern.compile("(?<![\\p{IsLatin}])" + Pattern.quote(name) + "(?![\\p{IsLatin}])",
                            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), code);
                }
            }
        }
        return names;
    }
}
