package dev.waymark.guide;

import dev.waymark.base.Keys;
import java.util.Optional;

/** The kind of mobile service a reader holds. */
public enum CardType {
    /** A physical SIM card on a contract or account. */
    PHYSICAL_SIM("physical-sim", "实体SIM卡", "Physical SIM", "實體SIM卡", "Физическая SIM-карта"),
    /** An eSIM profile installed on the device. */
    ESIM("esim", "eSIM", "eSIM", "eSIM", "eSIM"),
    /** A prepaid SIM or data card (上网卡), topped up rather than billed. */
    PREPAID_DATA("prepaid-data", "预付费上网卡", "Prepaid SIM / data card", "預付卡／上網卡", "Предоплаченная SIM / карта для интернета");

    private final String key;
    private final String zh;
    private final String en;
    private final String zhTw;
    private final String ru;

    CardType(String key, String zh, String en, String zhTw, String ru) {
        this.key = key;
        this.zh = zh;
        this.en = en;
        this.zhTw = zhTw;
        this.ru = ru;
    }

    /** The URL and API key, e.g. {@code esim}. */
    public String key() {
        return key;
    }

    /**
     * The label in {@code language}: Simplified and Traditional Chinese, English and Russian are built in; another
     * Chinese reads Simplified, anything else English (the web side names kinds from its message files first).
     */
    public String label(Language language) {
        if (language.equals(Language.ZH_TW)) {
            return zhTw;
        }
        if (language.equals(Language.RU)) {
            return ru;
        }
        return language.primary().equals("zh") ? zh : en;
    }

    /** Accepts the key or the constant name, in any case. */
    public static Optional<CardType> fromKey(String text) {
        return Keys.find(values(), CardType::key, text);
    }
}
