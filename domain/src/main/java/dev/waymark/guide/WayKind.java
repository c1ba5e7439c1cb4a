package dev.waymark.guide;

import dev.waymark.base.Keys;
import java.util.Optional;

/** A channel through which a procedure can be done. */
public enum WayKind {
    ONLINE_ACCOUNT("online-account", "网上账户", "Online account"),
    OPERATOR_APP("operator-app", "运营商App", "Operator app"),
    HOTLINE("hotline", "客服热线", "Phone hotline"),
    STORE_VISIT("store-visit", "营业厅办理", "Store visit"),
    EMAIL_OR_LETTER("email-or-letter", "邮件或信函", "Email or letter"),
    DEVICE_SETTINGS("device-settings", "手机设置", "Phone settings"),
    LET_LAPSE("let-lapse", "停止充值、自然失效", "Let it lapse");

    private final String key;
    private final String zh;
    private final String en;

    WayKind(String key, String zh, String en) {
        this.key = key;
        this.zh = zh;
        this.en = en;
    }

    public String key() {
        return key;
    }

    public String label(Language language) {
        return language == Language.ZH_CN ? zh : en;
    }

    public static Optional<WayKind> fromKey(String text) {
        return Keys.find(values(), WayKind::key, text);
    }
}
