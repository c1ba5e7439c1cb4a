package dev.waymark.guide;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Test data: small but complete guides, in both languages. */
public final class TestGuides {

    public static final OperatorCode MTS = new OperatorCode("rs-mts");
    public static final OperatorCode YETTEL = new OperatorCode("rs-yettel");
    public static final OperatorCode A1 = new OperatorCode("rs-a1");

    private TestGuides() {
    }

    public static LocalizedText text(String zh, String en) {
        return LocalizedText.of(zh, en);
    }

    /** A Serbian guide covering every card type, with hotline, store and eSIM-settings ways. */
    public static GuideContent serbia() {
        Step callHotline = new Step(text("拨打 mts 客服 0800 100 100", "Call mts on 0800 100 100"),
                text("客服确认注销", "The agent confirms the cancellation"), LocalizedText.EMPTY,
                new Applicability(Set.of(), Set.of(MTS), Set.of()), Evidence.sourced("mts-contact"));
        Step callA1 = new Step(text("拨打 A1 客服 060 1234", "Call A1 on 060 1234"), LocalizedText.EMPTY,
                LocalizedText.EMPTY, new Applicability(Set.of(), Set.of(A1), Set.of()), Evidence.sourced("a1-faq"));
        Step askAnyOperator = Step.of(text("说明你要注销号码", "Say that you want to cancel the number"));
        Way hotline = new Way(WayKind.HOTLINE, null, null, List.of(callHotline, callA1, askAnyOperator),
                null, null,
                List.of(new ContactPoint(ContactKind.PHONE, "0800 100 100", text("mts 客服", "mts customer service"),
                        MTS, Evidence.sourced("mts-contact"))),
                Applicability.ALL, Evidence.ADVICE);
        Way store = Way.of(WayKind.STORE_VISIT,
                Step.of(text("带护照去营业厅", "Take your passport to a store")),
                new Step(text("交回SIM卡", "Hand back the SIM card"), LocalizedText.EMPTY, LocalizedText.EMPTY,
                        Applicability.cardTypes(CardType.PHYSICAL_SIM, CardType.PREPAID_DATA), Evidence.ADVICE));
        Way settings = new Way(WayKind.DEVICE_SETTINGS, null, null, List.of(
                new Step(text("设置 → 蜂窝网络 → 删除eSIM", "Settings → Cellular → Delete eSIM"), LocalizedText.EMPTY,
                        text("删除eSIM不会终止合同", "Deleting the eSIM does not end the contract"),
                        new Applicability(Set.of(CardType.ESIM), Set.of(), Set.of(Platform.IOS)), Evidence.ADVICE),
                new Step(text("设置 → 网络 → SIM卡 → 删除", "Settings → Network → SIMs → Delete"), LocalizedText.EMPTY,
                        LocalizedText.EMPTY,
                        new Applicability(Set.of(CardType.ESIM), Set.of(), Set.of(Platform.ANDROID)), Evidence.ADVICE)),
                null, null, List.of(), Applicability.cardTypes(CardType.ESIM), Evidence.ADVICE);
        Provenance provenance = new Provenance(List.of(
                new Source(new SourceKey("mts-contact"),
                        java.net.URI.create("https://mts.rs/Privatni/Korisnicka-zona/Samousluzni-servisi/Ukljucenje-na-rec"),
                        "mts: Uključenje na reč", true, null),
                new Source(new SourceKey("a1-faq"), java.net.URI.create("https://a1.rs/podrska/faq-single-view?id=24"),
                        "A1 FAQ", true, null)),
                LocalDate.of(2026, 11, 1), LocalDate.of(2027, 5, 1));
        return new GuideContent(Language.ZH_CN, new CountryCode("RS"), Topic.CANCEL_MOBILE_SERVICE,
                text("塞尔维亚SIM卡注销", "Cancel a SIM in Serbia"), text("摘要", "Summary"),
                Set.of(CardType.PHYSICAL_SIM, CardType.ESIM, CardType.PREPAID_DATA), List.of(MTS, YETTEL, A1),
                List.of(new Requirement(text("没有欠费", "No unpaid bills"), text("先结清账单", "Pay the bill first"),
                        Applicability.ALL, Evidence.ADVICE)),
                List.of(new RequiredDocument(text("护照", "Passport"), LocalizedText.EMPTY, Applicability.ALL,
                        Evidence.ADVICE)),
                List.of(hotline, store, settings),
                List.of(new AfterCheck(text("从手机删除eSIM", "Remove the eSIM profile"),
                        Applicability.cardTypes(CardType.ESIM), Evidence.ADVICE)),
                List.of(new Caution(text("删除eSIM不会终止合同", "Deleting the eSIM does not end the contract"),
                        Applicability.cardTypes(CardType.ESIM), Evidence.ADVICE)),
                List.of(new Faq(text("能退余额吗？", "Can I get my credit back?"), text("视运营商而定", "It depends on the operator"),
                        Evidence.UNVERIFIED)),
                List.of(new Phrase("sr-Latn", "Želim da otkažem ovaj broj.", text("我想注销这个号码。", "I want to cancel this number."))),
                provenance, "");
    }

    /** A draft with one way of {@code steps} steps. */
    public static GuideContent withSteps(int steps) {
        List<Step> list = new ArrayList<>();
        for (int i = 1; i <= steps; i++) {
            list.add(Step.of(text("第" + i + "步", "Step " + i)));
        }
        return serbia().withWays(List.of(new Way(WayKind.STORE_VISIT, null, null, list, null, null, List.of(),
                Applicability.ALL, Evidence.ADVICE)));
    }

    public static Guide draft(String slug) {
        return Guide.draft(GuideId.random(), new Slug(slug), serbia());
    }
}
