package dev.waymark.guide;

import dev.waymark.base.Keys;
import java.util.Optional;

/** The kind of mobile service a reader holds. */
public enum CardType {
    /** A physical SIM card on a contract or account. */
    PHYSICAL_SIM("physical-sim", "实体SIM卡", "Physical SIM"),
    /** An eSIM profile installed on the device. */
    ESIM("esim", "eSIM", "eSIM"),
    /** A prepaid SIM or data card (上网卡), topped up rather than billed. */
    PREPAID_DATA("prepaid-data", "预付费上网卡", "Prepaid SIM / data card");

    private final String key;
    private final String zh;
    private final String en;

    CardType(String key, String zh, String en) {
        this.key = key;
        this.zh = zh;
        this.en = en;
    }

    /** The URL and API key, e.g. {@code esim}. */
    public String key() {
        return key;
    }

    public String label(Language language) {
        return language == Language.ZH_CN ? zh : en;
    }

    /** Accepts the key or the constant name, in any case. */
    public static Optional<CardType> fromKey(String text) {
        return Keys.find(values(), CardType::key, text);
    }
}
