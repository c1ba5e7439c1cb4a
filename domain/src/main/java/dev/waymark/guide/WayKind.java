package dev.waymark.guide;

import dev.waymark.base.Keys;
import java.util.Optional;

/** A channel through which a procedure can be done. */
public enum WayKind {
    ONLINE_ACCOUNT("online-account", "网上账户", "Online account", "網路帳戶", "Личный кабинет"),
    OPERATOR_APP("operator-app", "运营商App", "Operator app", "電信業者App", "Приложение оператора"),
    HOTLINE("hotline", "客服热线", "Phone hotline", "客服專線", "Горячая линия"),
    STORE_VISIT("store-visit", "营业厅办理", "Store visit", "門市辦理", "Салон связи"),
    EMAIL_OR_LETTER("email-or-letter", "邮件或信函", "Email or letter", "電子郵件或信件", "Электронная почта или письмо"),
    DEVICE_SETTINGS("device-settings", "手机设置", "Phone settings", "手機設定", "Настройки телефона"),
    LET_LAPSE("let-lapse", "停止充值、自然失效", "Let it lapse", "停止儲值、自然失效", "Перестать пополнять");

    private final String key;
    private final String zh;
    private final String en;
    private final String zhTw;
    private final String ru;

    WayKind(String key, String zh, String en, String zhTw, String ru) {
        this.key = key;
        this.zh = zh;
        this.en = en;
        this.zhTw = zhTw;
        this.ru = ru;
    }

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

    public static Optional<WayKind> fromKey(String text) {
        return Keys.find(values(), WayKind::key, text);
    }
}
