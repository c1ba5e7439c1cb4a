package dev.waymark.seed;

import static org.assertj.core.api.Assertions.assertThat;

import dev.waymark.guide.Applicability;
import dev.waymark.guide.CardType;
import dev.waymark.guide.ContactKind;
import dev.waymark.guide.ContactPoint;
import dev.waymark.guide.CountryCode;
import dev.waymark.guide.Evidence;
import dev.waymark.guide.GuideContent;
import dev.waymark.guide.Language;
import dev.waymark.guide.LocalizedText;
import dev.waymark.guide.OperatorCode;
import dev.waymark.guide.Phrase;
import dev.waymark.guide.Situation;
import dev.waymark.guide.SourceKey;
import dev.waymark.guide.Way;
import dev.waymark.guide.WayKind;
import dev.waymark.operator.Operator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The shipped seed content, checked against the facts in shared/content/operators.md and the
 * corrections in shared/content/seed-corrections.md. Plain: no database.
 */
class SeedContentTest {

    private static final Map<String, GuideContent> GUIDES = SeedData.guides().stream()
            .collect(Collectors.toMap(seed -> seed.slug().value(), SeedGuide::content, (a, b) -> a, LinkedHashMap::new));
    private static final List<Operator> OPERATORS = SeedData.operators();

    private static final GuideContent SERBIA = GUIDES.get("serbia-cancel-mobile-service");
    private static final GuideContent RUSSIA = GUIDES.get("russia-cancel-mobile-service");
    private static final GuideContent BELGIUM = GUIDES.get("belgium-cancel-mobile-service");

    /**
     * The phone numbers operators.md gives as [official] or [secondary] (not [UNCONFIRMED], not old),
     * with spaces and separators removed. Any other number must be marked unverified.
     */
    private static final Set<String> CONFIRMED_NUMBERS = Set.of(
            "0800100100",      // mts Serbia contact centre [official]
            "0601234",         // A1 Srbija private [official]
            "+381601230",      // A1 Srbija business [official]
            "*123#",           // A1 Srbija, free from roaming [official]
            "*121#",           // Yettel balance check [official]
            "0890",            // MTS Russia from MTS numbers [secondary]
            "88002500890",     // MTS Russia free within Russia [secondary]
            "0611",            // Beeline from Beeline numbers [secondary]
            "88007000611",     // Beeline free [secondary]
            "611",             // T2 from T2 numbers [secondary]
            "080055500",       // Proximus [secondary]
            "5995",            // Orange Belgium business [official]
            "1999",            // BASE from BASE [official]
            "+32486191999");   // BASE from other networks [official]

    private static final Pattern TEL_LINK = Pattern.compile("\\]\\(tel:([^)]+)\\)");
    private static final Pattern LINK = Pattern.compile("\\]\\(([^)]*)\\)");

    @Test
    void there_are_three_guides_one_per_country() {
        assertThat(GUIDES.keySet()).containsExactly("serbia-cancel-mobile-service", "russia-cancel-mobile-service",
                "belgium-cancel-mobile-service");
        assertThat(SERBIA.country()).isEqualTo(new CountryCode("RS"));
        assertThat(RUSSIA.country()).isEqualTo(new CountryCode("RU"));
        assertThat(BELGIUM.country()).isEqualTo(new CountryCode("BE"));
        GUIDES.values().forEach(guide -> {
            assertThat(guide.cardTypes()).containsExactlyInAnyOrder(CardType.values());
            assertThat(guide.sourceLanguage()).isEqualTo(Language.ZH_CN);
            assertThat(guide.isPublishable()).isTrue();
        });
    }

    @Test
    void guides_cover_exactly_their_countrys_operators_and_every_operator_is_in_the_operator_list() {
        assertThat(codes(RUSSIA.operators())).containsExactly("ru-mts", "ru-beeline", "ru-megafon", "ru-t2");
        assertThat(codes(BELGIUM.operators())).containsExactly("be-proximus", "be-orange", "be-telenet", "be-base", "be-digi");
        Set<OperatorCode> known = OPERATORS.stream().map(Operator::code).collect(Collectors.toSet());
        GUIDES.values().forEach(guide -> assertThat(known).containsAll(guide.operators()));
        assertThat(OPERATORS).hasSize(12);
    }

    @Test
    void serbian_guide_names_mts_yettel_and_a1_and_no_mtel_or_orange() {
        assertThat(codes(SERBIA.operators())).containsExactly("rs-mts", "rs-yettel", "rs-a1");

        List<Operator> serbian = OPERATORS.stream().filter(o -> o.country().equals(new CountryCode("RS"))).toList();
        assertThat(serbian).extracting(Operator::name).containsExactlyInAnyOrder("mts", "Yettel", "A1 Srbija");
        assertThat(serbian).noneMatch(o -> o.answersTo("MTEL") || o.answersTo("m:tel") || o.answersTo("Orange"));

        // MTEL and Orange may only be named where the guide warns that they are not Serbian operators.
        for (Way way : SERBIA.ways()) {
            List<String> texts = new ArrayList<>();
            texts.addAll(allText(way.title()));
            texts.addAll(allText(way.summary()));
            way.steps().forEach(step -> Stream.of(step.text(), step.expected(), step.warning())
                    .forEach(text -> texts.addAll(allText(text))));
            way.contacts().forEach(contact -> {
                texts.add(contact.value());
                texts.addAll(allText(contact.label()));
            });
            assertThat(texts).as("the way " + way.kind()).noneMatch(text -> {
                String lower = text.toLowerCase(Locale.ROOT);
                return lower.contains("mtel") || lower.contains("m:tel") || lower.contains("orange");
            });
        }
        assertThat(SERBIA.cautions()).anyMatch(caution -> caution.text().resolve(Language.EN, Language.EN).contains("MTEL")
                && caution.text().resolve(Language.EN, Language.EN).contains("not a Serbian operator"));
    }

    @Test
    void every_guide_tells_esim_readers_that_deleting_the_profile_does_not_end_the_contract() {
        GUIDES.forEach((slug, guide) -> {
            GuideContent esim = guide.forSituation(Situation.ANY.withCardType(CardType.ESIM));
            assertThat(esim.cautions()).as(slug).anyMatch(caution -> {
                String en = caution.text().in(Language.EN).orElse("");
                String zh = caution.text().in(Language.ZH_CN).orElse("");
                return caution.appliesTo().cardTypes().equals(Set.of(CardType.ESIM))
                        && en.contains("does not end the contract or stop billing")
                        && en.contains("irreversible")
                        && en.contains("paid package")
                        && zh.contains("不会终止合同");
            });
            GuideContent physical = guide.forSituation(Situation.ANY.withCardType(CardType.PHYSICAL_SIM));
            assertThat(physical.cautions()).as(slug + " for a physical SIM")
                    .noneMatch(caution -> caution.appliesTo().cardTypes().equals(Set.of(CardType.ESIM)));
        });
    }

    @Test
    void choosing_esim_in_serbia_shows_only_steps_for_esim() {
        GuideContent esim = SERBIA.forSituation(Situation.ANY.withCardType(CardType.ESIM));

        assertThat(esim.ways()).extracting(Way::kind).contains(WayKind.DEVICE_SETTINGS).doesNotContain(WayKind.LET_LAPSE);
        esim.ways().forEach(way -> {
            assertThat(limitedElsewhere(way.appliesTo(), CardType.ESIM)).as(way.kind().key()).isFalse();
            way.steps().forEach(step -> assertThat(limitedElsewhere(step.appliesTo(), CardType.ESIM))
                    .as(way.kind().key() + ": " + step.text().resolve(Language.EN, Language.EN)).isFalse());
        });
        esim.requirements().forEach(r -> assertThat(limitedElsewhere(r.appliesTo(), CardType.ESIM)).isFalse());
        esim.documents().forEach(d -> assertThat(limitedElsewhere(d.appliesTo(), CardType.ESIM)).isFalse());
        esim.checks().forEach(c -> assertThat(limitedElsewhere(c.appliesTo(), CardType.ESIM)).isFalse());

        Way device = esim.ways().stream().filter(way -> way.kind() == WayKind.DEVICE_SETTINGS).findFirst().orElseThrow();
        assertThat(device.steps()).anyMatch(step -> step.appliesTo().platforms().contains(dev.waymark.guide.Platform.IOS));
        assertThat(device.steps()).anyMatch(step -> step.appliesTo().platforms().contains(dev.waymark.guide.Platform.ANDROID));
        Way iphoneOnly = SERBIA.forSituation(Situation.ANY.withCardType(CardType.ESIM)
                .withPlatform(dev.waymark.guide.Platform.IOS)).ways().stream()
                .filter(way -> way.kind() == WayKind.DEVICE_SETTINGS).findFirst().orElseThrow();
        assertThat(iphoneOnly.steps()).noneMatch(step -> step.appliesTo().platforms().contains(dev.waymark.guide.Platform.ANDROID));
    }

    @Test
    void a_prepaid_card_in_serbia_gets_the_operators_own_validity_rules() {
        GuideContent mtsPrepaid = SERBIA.forSituation(Situation.ANY.withCardType(CardType.PREPAID_DATA)
                .withOperator(new OperatorCode("rs-mts")).withWay(WayKind.LET_LAPSE));

        assertThat(mtsPrepaid.ways()).hasSize(1);
        Way lapse = mtsPrepaid.ways().getFirst();
        assertThat(lapse.steps()).anyMatch(step -> step.text().resolve(Language.EN, Language.EN).contains("12 months")
                && step.evidence().sources().contains(new SourceKey("mts-prepaid")) && !step.evidence().unverified());
        assertThat(lapse.steps()).noneMatch(step -> step.appliesTo().operators().contains(new OperatorCode("rs-yettel")));
    }

    @Test
    void no_seed_file_contains_the_articles_promotion() {
        List<String> files = seedFiles();
        assertThat(files).hasSize(5);
        for (String file : files) {
            String text = resourceText(file).toLowerCase(Locale.ROOT);
            assertThat(text).as(file)
                    .doesNotContain("t.me")
                    .doesNotContain("esim1088")
                    .doesNotContain("postimg")
                    .doesNotContain("telegram")
                    .doesNotContain("xxx");
        }
    }

    @Test
    void every_phone_number_in_a_guide_is_one_operators_md_confirms_or_is_marked_unverified() {
        GUIDES.forEach((slug, guide) -> {
            Set<String> unverifiedNumbers = new HashSet<>();
            for (Way way : guide.ways()) {
                for (ContactPoint contact : way.contacts()) {
                    if (contact.kind() != ContactKind.PHONE) {
                        continue;
                    }
                    String number = normalise(contact.value());
                    assertThat(contact.operator()).as(slug + " " + contact.value()).isNotNull();
                    if (contact.evidence().unverified()) {
                        unverifiedNumbers.add(number);
                    } else {
                        assertThat(CONFIRMED_NUMBERS).as(slug + " " + contact.value()).contains(number);
                        assertThat(contact.evidence().sources()).as(slug + " " + contact.value()).isNotEmpty();
                    }
                }
            }
            // Every number the reader can tap in a text is a confirmed one or a contact marked unverified.
            walk(guide, (path, text) -> text.values().values().forEach(value -> {
                Matcher tel = TEL_LINK.matcher(value);
                while (tel.find()) {
                    String number = normalise(tel.group(1));
                    assertThat(CONFIRMED_NUMBERS.contains(number) || unverifiedNumbers.contains(number))
                            .as(slug + " " + path + ": tel:" + tel.group(1)).isTrue();
                }
            }));
        });
        for (Operator operator : OPERATORS) {
            operator.support().stream().filter(contact -> contact.kind() == ContactKind.PHONE).forEach(contact ->
                    assertThat(contact.evidence().unverified() || CONFIRMED_NUMBERS.contains(normalise(contact.value())))
                            .as(operator.code() + " " + contact.value()).isTrue());
        }
    }

    @Test
    void unconfirmed_numbers_are_nowhere() {
        // operators.md: Yettel "063 9000", mts "064 789" and MegaFon "0500" / "0550" are not confirmed.
        for (String file : seedFiles()) {
            String digits = resourceText(file).replaceAll("[ /-]", "");
            assertThat(digits).as(file).doesNotContain("0639000").doesNotContain("064789").doesNotContain("0500")
                    .doesNotContain("0550").doesNotContain("88003330500");
        }
    }

    @Test
    void no_guide_states_a_processing_time_without_a_source() {
        GUIDES.forEach((slug, guide) -> {
            for (Way way : guide.ways()) {
                if (way.processingTime() != null) {
                    assertThat(way.processingTime().evidence().sources()).as(slug + " " + way.kind()).isNotEmpty();
                    assertThat(way.processingTime().evidence().unverified()).as(slug + " " + way.kind()).isFalse();
                }
            }
            walk(guide, (path, text) -> text.values().values().forEach(value ->
                    assertThat(value.toLowerCase(Locale.ROOT)).as(slug + " " + path)
                            .doesNotContain("working day").doesNotContain("工作日").doesNotContain("1-7")));
        });
    }

    @Test
    void t2_is_cancelled_only_in_a_store() {
        OperatorCode t2 = new OperatorCode("ru-t2");
        GuideContent forT2 = RUSSIA.forSituation(Situation.ANY.withOperator(t2));

        assertThat(forT2.ways()).extracting(Way::kind)
                .contains(WayKind.STORE_VISIT)
                .doesNotContain(WayKind.ONLINE_ACCOUNT, WayKind.OPERATOR_APP);
        for (Way way : RUSSIA.ways()) {
            if (way.kind() == WayKind.ONLINE_ACCOUNT || way.kind() == WayKind.OPERATOR_APP) {
                assertThat(way.appliesTo().operators()).isNotEmpty().doesNotContain(t2);
                assertThat(way.evidence().unverified()).as("online/app cancellation is an unverified claim").isTrue();
            }
        }
        Way store = forT2.ways().stream().filter(way -> way.kind() == WayKind.STORE_VISIT).findFirst().orElseThrow();
        assertThat(store.steps()).anyMatch(step -> step.appliesTo().operators().equals(Set.of(t2))
                && step.evidence().sources().contains(new SourceKey("t2-termination"))
                && RUSSIA.provenance().source(new SourceKey("t2-termination")).orElseThrow().official());
    }

    @Test
    void every_text_is_in_chinese_and_english() {
        GUIDES.forEach((slug, guide) -> walk(guide, (path, text) -> {
            if (!text.isEmpty()) {
                assertThat(text.has(Language.ZH_CN) && text.has(Language.EN)).as(slug + " " + path).isTrue();
            }
        }));
        for (Operator operator : OPERATORS) {
            walk(operator, (path, text) -> {
                if (!text.isEmpty()) {
                    assertThat(text.has(Language.ZH_CN) && text.has(Language.EN)).as(operator.code() + " " + path).isTrue();
                }
            });
            assertThat(operator.note().isEmpty()).as(operator.code() + " has a note").isFalse();
        }
    }

    @Test
    void every_text_keeps_to_the_small_markdown_subset() {
        GUIDES.forEach((slug, guide) -> walk(guide, (path, text) -> text.values().values().forEach(value -> {
            assertThat(value).as(slug + " " + path).doesNotContain("<", "`", "![").doesNotContainPattern("(?m)^\\s*#");
            Matcher link = LINK.matcher(value);
            while (link.find()) {
                assertThat(link.group(1)).as(slug + " " + path).matches("(https?|tel|mailto):.+");
            }
        })));
    }

    @Test
    void every_source_a_guide_lists_is_cited_and_every_fact_cites_a_listed_source() {
        GUIDES.forEach((slug, guide) -> {
            Set<SourceKey> cited = new HashSet<>();
            walkEvidence(guide, evidence -> cited.addAll(evidence.sources()));
            assertThat(guide.provenance().sources()).as(slug).allMatch(source -> cited.contains(source.key()));
            assertThat(guide.provenance().lastVerified()).isNotNull();
            assertThat(guide.provenance().reviewDue()).isAfter(guide.provenance().lastVerified());
        });
    }

    @Test
    void every_guide_has_phrases_in_its_countrys_languages() {
        assertThat(SERBIA.phrases()).extracting(Phrase::localLanguage).contains("sr-Latn").hasSizeGreaterThanOrEqualTo(2);
        assertThat(RUSSIA.phrases()).extracting(Phrase::localLanguage).contains("ru").hasSizeGreaterThanOrEqualTo(2);
        assertThat(BELGIUM.phrases().stream().filter(p -> p.localLanguage().equals("nl"))).hasSizeGreaterThanOrEqualTo(2);
        assertThat(BELGIUM.phrases().stream().filter(p -> p.localLanguage().equals("fr"))).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void former_names_are_known() {
        assertThat(operator("rs-yettel").answersTo("Telenor")).isTrue();
        assertThat(operator("ru-t2").answersTo("Tele2")).isTrue();
        assertThat(operator("be-orange").answersTo("Mobistar")).isTrue();
        assertThat(operator("rs-a1").answersTo("Vip mobile")).isTrue();
        assertThat(operator("be-proximus").answersTo("Belgacom")).isTrue();
        // The A1 switch date is not confirmed by any source.
        assertThat(operator("rs-a1").formerNames().getFirst().evidence().unverified()).isTrue();
        assertThat(operator("rs-yettel").formerNames().getFirst().note().resolve(Language.EN, Language.EN))
                .contains("1 March 2022");
        // BASE is a Telenet Group brand, not a former name of anything.
        assertThat(operator("be-base").formerNames()).isEmpty();
        assertThat(operator("be-telenet").answersTo("BASE")).isFalse();
    }

    @Test
    void every_statement_in_a_seed_guide_is_written_with_its_kind() {
        for (String file : seedFiles()) {
            if (file.startsWith("seed/guides/") && !file.endsWith("index.json")) {
                String json = resourceText(file);
                assertThat(json).as(file).doesNotContain("\"unverified\"");
                assertThat(countOf(json, "\"evidence\"")).as(file).isEqualTo(countOf(json, "\"kind\": \"SOURCED\"")
                        + countOf(json, "\"kind\": \"UNVERIFIED\"") + countOf(json, "\"kind\": \"ADVICE\""));
            }
        }
        GUIDES.forEach((slug, guide) -> {
            List<Evidence> all = new ArrayList<>();
            walkEvidence(guide, all::add);
            assertThat(all).as(slug).anyMatch(Evidence::advice).anyMatch(Evidence::unverified)
                    .anyMatch(evidence -> evidence.kind() == Evidence.Kind.SOURCED);
        });
    }

    @Test
    void belgium_has_four_network_operators_and_base_is_a_telenet_group_brand() {
        assertThat(BELGIUM.cautions()).anyMatch(caution -> {
            String en = caution.text().in(Language.EN).orElseThrow();
            return en.contains("four mobile network operators: Proximus, Orange Belgium, Telenet and DIGI")
                    && en.contains("11 December 2024") && en.contains("BASE is a brand of Telenet Group, not a separate operator")
                    && caution.evidence().sources().contains(new SourceKey("digi-lecho"));
        });
        walk(BELGIUM, (path, text) -> assertThat(text.in(Language.EN).orElse("")).as(path)
                .doesNotContain("five mobile network operators"));
    }

    @Test
    void base_monthly_plans_cancel_without_a_fee_and_its_prepaid_credit_lapses_after_12_months() {
        OperatorCode base = new OperatorCode("be-base");
        GuideContent baseContract = BELGIUM.forSituation(Situation.ANY.withOperator(base).withCardType(CardType.PHYSICAL_SIM));
        // The 6-month fee rule is not BASE's.
        assertThat(baseContract.requirements()).noneMatch(r -> r.condition().resolve(Language.EN, Language.EN)
                .startsWith("The contract is at least 6 months old"));
        assertThat(baseContract.requirements()).anyMatch(r -> r.condition().resolve(Language.EN, Language.EN)
                .contains("no fixed term") && r.evidence().sources().contains(new SourceKey("base-conditions")));
        Way hotline = baseContract.ways().stream().filter(way -> way.kind() == WayKind.HOTLINE).findFirst().orElseThrow();
        assertThat(hotline.steps()).anyMatch(step -> {
            String en = step.text().resolve(Language.EN, Language.EN);
            return en.contains("no fixed term") && en.contains("without a fee") && en.contains("tel:1999")
                    && en.contains("from other lines (charged)") && step.evidence().sources().contains(new SourceKey("base-conditions"));
        });
        assertThat(hotline.cost().text().resolve(Language.EN, Language.EN)).contains("BASE monthly plans have no fixed term");

        GuideContent basePrepaid = BELGIUM.forSituation(Situation.ANY.withOperator(base).withCardType(CardType.PREPAID_DATA));
        assertThat(basePrepaid.ways().stream().flatMap(way -> way.steps().stream())).anyMatch(step ->
                step.text().resolve(Language.EN, Language.EN).contains("deactivated after 12 months without a top-up")
                        && step.text().resolve(Language.EN, Language.EN).contains("lost")
                        && step.evidence().kind() == Evidence.Kind.SOURCED);
    }

    @Test
    void belgian_ways_are_shown_only_to_operators_a_source_names_for_them() {
        for (String code : List.of("be-orange", "be-telenet", "be-digi")) {
            GuideContent forOperator = BELGIUM.forSituation(Situation.ANY.withOperator(new OperatorCode(code)));
            assertThat(forOperator.ways()).as(code).extracting(Way::kind)
                    .doesNotContain(WayKind.ONLINE_ACCOUNT, WayKind.HOTLINE, WayKind.STORE_VISIT)
                    .contains(WayKind.EMAIL_OR_LETTER);
            assertThat(forOperator.cautions()).as(code).anyMatch(caution -> caution.text().resolve(Language.EN, Language.EN)
                    .contains("we found no source on which channels take a cancellation"));
        }
        for (Way way : BELGIUM.ways()) {
            if (way.kind() != WayKind.DEVICE_SETTINGS) {
                assertThat(way.evidence().advice()).as(way.kind().key() + " is a claim about operators").isFalse();
            }
        }
    }

    @Test
    void mobistar_is_marked_the_same_wherever_it_is_named() {
        Set<Evidence.Kind> kinds = new HashSet<>();
        walkStatements(BELGIUM, (text, evidence) -> {
            if (text.contains("Mobistar")) {
                kinds.add(evidence.kind());
            }
        });
        kinds.add(operator("be-orange").formerNames().getFirst().evidence().kind());
        assertThat(kinds).containsExactly(Evidence.Kind.UNVERIFIED);
    }

    @Test
    void t2_pays_out_or_moves_a_positive_balance_and_the_guide_says_so_with_t2s_page() {
        GuideContent forT2 = RUSSIA.forSituation(Situation.ANY.withOperator(new OperatorCode("ru-t2")));
        Way store = forT2.ways().stream().filter(way -> way.kind() == WayKind.STORE_VISIT).findFirst().orElseThrow();
        assertThat(store.steps()).anyMatch(step -> {
            String en = step.text().resolve(Language.EN, Language.EN);
            return en.contains("paid out to your bank account or moved to another T2 number")
                    && en.contains("bonus credits are not refunded")
                    && step.evidence().equals(Evidence.sourced("t2-termination"));
        });
        assertThat(RUSSIA.faq()).anyMatch(entry -> entry.answer().resolve(Language.EN, Language.EN)
                .contains("moved to another T2 number") && entry.evidence().sources().contains(new SourceKey("t2-termination")));
        walk(RUSSIA, (path, text) -> assertThat(text.in(Language.EN).orElse("")).as(path)
                .doesNotContain("states a Russian operator's refund rule"));
    }

    @Test
    void the_old_telenor_complaints_fax_is_a_fax_and_nobody_is_told_to_call_it() {
        List<ContactPoint> contacts = new ArrayList<>();
        SERBIA.ways().forEach(way -> contacts.addAll(way.contacts()));
        assertThat(contacts.stream().filter(contact -> contact.value().startsWith("063/900")))
                .allMatch(contact -> contact.kind() == ContactKind.FAX && contact.href() == null);
        List<dev.waymark.operator.OperatorContact> support = new ArrayList<>();
        OPERATORS.forEach(operator -> support.addAll(operator.support()));
        assertThat(support.stream().filter(contact -> contact.value().startsWith("063/900")))
                .isNotEmpty().allMatch(contact -> contact.kind() == ContactKind.FAX
                        && contact.kind().href(contact.value()) == null);
        walk(SERBIA, (path, text) -> assertThat(text.values().values()).as(path)
                .noneMatch(value -> value.replace(" ", "").contains("tel:0639")));
    }

    @Test
    void the_mts_and_russian_mts_caution_cites_no_page_that_does_not_say_it() {
        assertThat(SERBIA.cautions()).filteredOn(caution -> caution.text().resolve(Language.EN, Language.EN)
                .startsWith("**Serbian mts is not Russian MTS.**")).singleElement()
                .satisfies(caution -> assertThat(caution.evidence()).isEqualTo(Evidence.UNVERIFIED));
    }

    @Test
    void readers_learn_which_regulator_to_turn_to_with_a_source() {
        Way serbianLetters = SERBIA.ways().stream().filter(way -> way.kind() == WayKind.EMAIL_OR_LETTER).findFirst().orElseThrow();
        assertThat(serbianLetters.steps()).anyMatch(step -> step.text().resolve(Language.EN, Language.EN).contains("RATEL")
                && step.evidence().equals(Evidence.sourced("ratel")));
        assertThat(SERBIA.provenance().source(new SourceKey("ratel")).orElseThrow().official()).isTrue();
        Way belgianLetters = BELGIUM.ways().stream().filter(way -> way.kind() == WayKind.EMAIL_OR_LETTER).findFirst().orElseThrow();
        assertThat(belgianLetters.steps()).anyMatch(step -> step.text().resolve(Language.EN, Language.EN).contains("BIPT (IBPT in French)")
                && step.evidence().kind() == Evidence.Kind.SOURCED);
    }

    // ---- helpers ----

    private static int countOf(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
            count++;
        }
        return count;
    }

    /** Visits every statement that carries evidence, with all its text joined. */
    private static void walkStatements(Object value, BiConsumer<String, Evidence> visit) {
        if (value == null || value instanceof LocalizedText) {
            return;
        }
        if (value instanceof Collection<?> collection) {
            collection.forEach(element -> walkStatements(element, visit));
        } else if (value.getClass().isRecord()) {
            Evidence evidence = null;
            StringBuilder text = new StringBuilder();
            for (RecordComponent component : value.getClass().getRecordComponents()) {
                Object part = component(value, component);
                if (part instanceof Evidence found) {
                    evidence = found;
                } else if (part instanceof LocalizedText words) {
                    text.append(String.join(" ", words.values().values())).append(' ');
                } else {
                    walkStatements(part, visit);
                }
            }
            if (evidence != null) {
                visit.accept(text.toString(), evidence);
            }
        }
    }

    private static Operator operator(String code) {
        return OPERATORS.stream().filter(o -> o.code().value().equals(code)).findFirst().orElseThrow();
    }

    private static List<String> codes(List<OperatorCode> operators) {
        return operators.stream().map(OperatorCode::value).toList();
    }

    /** True when the part is limited to card types and {@code type} is not among them. */
    private static boolean limitedElsewhere(Applicability applicability, CardType type) {
        return !applicability.cardTypes().isEmpty() && !applicability.cardTypes().contains(type);
    }

    private static List<String> allText(LocalizedText text) {
        return List.copyOf(text.values().values());
    }

    private static String normalise(String number) {
        return number.replaceAll("[\\s()/.-]", "");
    }

    /** The operators file, the index and every guide file the index lists. */
    private static List<String> seedFiles() {
        List<String> files = new ArrayList<>(List.of("seed/operators.json", "seed/guides/index.json"));
        for (String name : resourceText("seed/guides/index.json").replaceAll("[\\[\\]\"\\s]", "").split(",")) {
            files.add("seed/guides/" + name);
        }
        return files;
    }

    private static String resourceText(String resource) {
        try (InputStream in = SeedContentTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Visits every LocalizedText inside a record tree, with a path for messages. */
    private static void walk(Object value, BiConsumer<String, LocalizedText> visit) {
        walk(value, "", visit);
    }

    private static void walk(Object value, String path, BiConsumer<String, LocalizedText> visit) {
        if (value == null) {
            return;
        }
        if (value instanceof LocalizedText text) {
            visit.accept(path, text);
        } else if (value instanceof Collection<?> collection) {
            int i = 0;
            for (Object element : collection) {
                walk(element, path + "[" + i++ + "]", visit);
            }
        } else if (value instanceof Map<?, ?> map) {
            map.forEach((key, element) -> walk(element, path + "[" + key + "]", visit));
        } else if (value.getClass().isRecord()) {
            for (RecordComponent component : value.getClass().getRecordComponents()) {
                walk(component(value, component), path + "." + component.getName(), visit);
            }
        }
    }

    private static void walkEvidence(Object value, java.util.function.Consumer<Evidence> visit) {
        if (value == null) {
            return;
        }
        if (value instanceof Evidence evidence) {
            visit.accept(evidence);
        } else if (value instanceof Collection<?> collection) {
            collection.forEach(element -> walkEvidence(element, visit));
        } else if (value.getClass().isRecord() && !(value instanceof LocalizedText)) {
            for (RecordComponent component : value.getClass().getRecordComponents()) {
                walkEvidence(component(value, component), visit);
            }
        }
    }

    private static Object component(Object record, RecordComponent component) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException(e);
        }
    }
}
