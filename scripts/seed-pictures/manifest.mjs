// Captions, alt texts, uses and sources of the seed guides' pictures; render.mjs writes them to pictures.json.
// Alt texts say what a picture shows to someone who cannot see it: which item to tap, what the number looks like.

const SCREEN_SOURCE = "Drawn by the Waymark team: HTML mock-up rendered in Chromium (scripts/seed-pictures/screens.mjs, "
  + "render.mjs), following the steps in the guide; not a copy of a vendor screenshot.";
const CARD_SOURCE = "Drawn by the Waymark team: SVG diagram rendered in Chromium (scripts/seed-pictures/screens.mjs, "
  + "render.mjs), following the guide's description of the ICCID, with a made-up number; not a photo of a real card.";

const IOS_STEP = "Way “Remove the eSIM from your phone” (kind DEVICE_SETTINGS) in the Serbia, Russia and Belgium guides, "
  + "the step “iPhone / iPad: open Settings → Mobile Service … → Delete eSIM … → confirm” (platforms IOS)";
const ANDROID_STEP = "Way “Remove the eSIM from your phone” (kind DEVICE_SETTINGS) in the Serbia, Russia and Belgium guides, "
  + "the step “Android: open Settings → Network & internet … → SIMs … → Erase SIM or Delete → confirm” (platforms ANDROID)";

const screen = (file, platform, use, caption, alt) => ({ file, platform, use, caption, alt, source: SCREEN_SOURCE });

/** One entry per picture, in the order of the steps. */
export const MANIFEST = [
  screen("iphone-esim-1.png", "IOS", `${IOS_STEP}: picture 1 of 4, the Settings list (Mobile Service).`, {
    ZH_CN: "第1步：打开“设置”，点“蜂窝网络”（英文界面为 Mobile Service，部分版本为 Cellular 或 Mobile Data）",
    ZH_TW: "第 1 步：開啟「設定」，點「行動服務」（英文介面為 Mobile Service，部分版本為 Cellular 或 Mobile Data）",
    EN: "Step 1: open Settings, tap Mobile Service (Cellular or Mobile Data in some versions and regions)",
    RU: "Шаг 1: откройте «Настройки», нажмите Mobile Service («Сотовая связь»; в некоторых версиях Cellular или Mobile Data)",
  }, {
    ZH_CN: "英文界面的 iPhone“设置”列表示意图：Airplane Mode（飞行模式）、Wi-Fi、Bluetooth（蓝牙）、Mobile Service（蜂窝网络）、Personal Hotspot（个人热点），下面是 Notifications（通知）等。“Mobile Service”这一行用橙色框圈出，并标有数字 1：点这一行。",
    ZH_TW: "英文介面的 iPhone「設定」列表示意圖：Airplane Mode（飛航模式）、Wi-Fi、Bluetooth（藍牙）、Mobile Service（行動服務）、Personal Hotspot（個人熱點），下面是 Notifications（通知）等。「Mobile Service」這一列以橘色框圈起，並標上數字 1：點這一列。",
    EN: "Mock-up of an iPhone's Settings list in English: Airplane Mode, Wi-Fi, Bluetooth, Mobile Service, Personal Hotspot, then Notifications and more. The row “Mobile Service” is circled in orange and numbered 1: tap it.",
    RU: "Схема экрана «Настройки» iPhone на английском: Airplane Mode («Авиарежим»), Wi-Fi, Bluetooth, Mobile Service («Сотовая связь»), Personal Hotspot («Режим модема»), ниже Notifications («Уведомления») и другие. Строка Mobile Service обведена оранжевой рамкой с цифрой 1: нажмите на неё.",
  }),
  screen("iphone-esim-2.png", "IOS", `${IOS_STEP}: picture 2 of 4, the list of lines (choose the eSIM line).`, {
    ZH_CN: "第2步：在“SIM卡”（SIMs）下选择要删除的 eSIM 号码（图中名为“Travel”，你的手机上可能是别的名称）",
    ZH_TW: "第 2 步：在「SIM 卡」（SIMs）下選擇要刪除的 eSIM 號碼（圖中名為「Travel」，你的手機上可能是別的名稱）",
    EN: "Step 2: under SIMs, choose the eSIM line (here “Travel”; yours may have another label)",
    RU: "Шаг 2: в разделе SIMs («SIM-карты») выберите линию eSIM (здесь Travel; у вас название может быть другим)",
  }, {
    ZH_CN: "“Mobile Service”（蜂窝网络）页面示意图：Mobile Data（蜂窝数据）已打开，下面是 Mobile Data Options 和 Personal Hotspot；在 SIMs（SIM卡）标题下有两个号码：“Primary”（实体 SIM，已开启）和“Travel”（eSIM，+381 60 000 0000，已开启），再下面是 Add eSIM（添加 eSIM）。eSIM 号码“Travel”用橙色框圈出，并标有数字 2：点你要删除的那个 eSIM。",
    ZH_TW: "「Mobile Service」（行動服務）頁面示意圖：Mobile Data（行動數據）已開啟，下面是 Mobile Data Options 和 Personal Hotspot；在 SIMs（SIM 卡）標題下有兩個號碼：「Primary」（實體 SIM，已開啟）和「Travel」（eSIM，+381 60 000 0000，已開啟），再下面是 Add eSIM（加入 eSIM）。eSIM 號碼「Travel」以橘色框圈起，並標上數字 2：點你要刪除的那個 eSIM。",
    EN: "Mock-up of the Mobile Service screen: Mobile Data switched on, Mobile Data Options, Personal Hotspot; under the heading SIMs, two lines, “Primary” (SIM, On) and “Travel” (eSIM, +381 60 000 0000, On), then Add eSIM. The eSIM line “Travel” is circled in orange and numbered 2: tap the eSIM you want to delete.",
    RU: "Схема экрана Mobile Service («Сотовая связь»): Mobile Data («Сотовые данные») включены, Mobile Data Options, Personal Hotspot; под заголовком SIMs («SIM-карты») две линии: Primary (SIM, On) и Travel (eSIM, +381 60 000 0000, On), ниже Add eSIM. Линия eSIM Travel обведена оранжевой рамкой с цифрой 2: нажмите на ту eSIM, которую хотите удалить.",
  }),
  screen("iphone-esim-3.png", "IOS", `${IOS_STEP}: picture 3 of 4, the line's page (Delete eSIM).`, {
    ZH_CN: "第3步：在该号码页面的最下方点“删除 eSIM”（Delete eSIM；旧版本为“移除蜂窝号码方案”）",
    ZH_TW: "第 3 步：在該號碼頁面的最下方點「刪除 eSIM」（Delete eSIM；舊版本為 Remove Cellular Plan）",
    EN: "Step 3: at the bottom of the line's page, tap Delete eSIM (Remove Cellular Plan in older versions)",
    RU: "Шаг 3: внизу страницы линии нажмите Delete eSIM («Удалить eSIM»; в старых версиях Remove Cellular Plan)",
  }, {
    ZH_CN: "eSIM 号码“Travel”的页面示意图：Turn On This Line（启用此号码，已打开）、Line Label、Network Selection、Wi-Fi Calling、Data Roaming、SIM PIN，最下方单独一行是红字“Delete eSIM”（删除 eSIM），用红色框圈出，并标有数字 3：只有在运营商确认注销之后才点它。",
    ZH_TW: "eSIM 號碼「Travel」的頁面示意圖：Turn On This Line（開啟此號碼，已開啟）、Line Label、Network Selection、Wi-Fi Calling、Data Roaming、SIM PIN，最下方單獨一列是紅字「Delete eSIM」（刪除 eSIM），以紅色框圈起，並標上數字 3：只有在電信業者確認終止服務之後才點它。",
    EN: "Mock-up of the page of the eSIM line “Travel”: Turn On This Line (on), Line Label, Network Selection, Wi-Fi Calling, Data Roaming, SIM PIN, and at the bottom, on its own, the red text “Delete eSIM”, circled in red and numbered 3: tap it only after the operator has confirmed the cancellation.",
    RU: "Схема страницы линии eSIM Travel: Turn On This Line (включено), Line Label, Network Selection, Wi-Fi Calling, Data Roaming, SIM PIN, а внизу отдельно красная надпись Delete eSIM («Удалить eSIM»), обведённая красной рамкой с цифрой 3: нажимайте её только после того, как оператор подтвердил расторжение.",
  }),
  screen("iphone-esim-4.png", "IOS", `${IOS_STEP}: picture 4 of 4, the confirmation (optional).`, {
    ZH_CN: "第4步：再点一次“删除 eSIM”确认",
    ZH_TW: "第 4 步：再點一次「刪除 eSIM」確認",
    EN: "Step 4: confirm by tapping Delete eSIM again",
    RU: "Шаг 4: подтвердите, ещё раз нажав Delete eSIM («Удалить eSIM»)",
  }, {
    ZH_CN: "确认菜单示意图，背后是变暗的号码页面：标题“Delete eSIM?”（删除 eSIM？），下面的红字按钮“Delete eSIM”用红色框圈出，并标有数字 4，最下方是 Cancel（取消）。删除后无法恢复。",
    ZH_TW: "確認選單示意圖，背後是變暗的號碼頁面：標題「Delete eSIM?」（刪除 eSIM？），下面的紅字按鈕「Delete eSIM」以紅色框圈起，並標上數字 4，最下方是 Cancel（取消）。刪除後無法復原。",
    EN: "Mock-up of the confirmation over the dimmed line page: the title “Delete eSIM?”, a red button “Delete eSIM” circled in red and numbered 4, and Cancel at the bottom. Deleting cannot be undone.",
    RU: "Схема окна подтверждения поверх затемнённой страницы линии: заголовок Delete eSIM? («Удалить eSIM?»), красная кнопка Delete eSIM, обведённая красной рамкой с цифрой 4, внизу Cancel («Отменить»). Удаление нельзя отменить.",
  }),
  screen("android-esim-1.png", "ANDROID", `${ANDROID_STEP}: picture 1 of 5, the Settings list (Network & internet).`, {
    ZH_CN: "第1步：打开“设置”，点“网络和互联网”（Network & internet；三星手机为“连接”）",
    ZH_TW: "第 1 步：開啟「設定」，點「網路和網際網路」（Network & internet；三星手機為「連線」）",
    EN: "Step 1: open Settings, tap Network & internet (Connections on Samsung)",
    RU: "Шаг 1: откройте «Настройки», нажмите Network & internet («Сеть и интернет»; на Samsung — Connections, «Подключения»)",
  }, {
    ZH_CN: "英文界面的 Android“设置”列表示意图：顶部是搜索框，下面依次是 Network & internet（网络和互联网，副标题 Mobile, Wi-Fi, hotspot）、Connected devices、Apps、Notifications、Battery、Storage、Sound & vibration。“Network & internet”用橙色框圈出，并标有数字 1：点这一项。",
    ZH_TW: "英文介面的 Android「設定」列表示意圖：頂端是搜尋框，下面依序是 Network & internet（網路和網際網路，副標題 Mobile, Wi-Fi, hotspot）、Connected devices、Apps、Notifications、Battery、Storage、Sound & vibration。「Network & internet」以橘色框圈起，並標上數字 1：點這一項。",
    EN: "Mock-up of an Android Settings list in English: a search field, then Network & internet (Mobile, Wi-Fi, hotspot), Connected devices, Apps, Notifications, Battery, Storage, Sound & vibration. “Network & internet” is circled in orange and numbered 1: tap it.",
    RU: "Схема экрана «Настройки» Android на английском: строка поиска, затем Network & internet («Сеть и интернет»; Mobile, Wi-Fi, hotspot), Connected devices, Apps, Notifications, Battery, Storage, Sound & vibration. Пункт Network & internet обведён оранжевой рамкой с цифрой 1: нажмите на него.",
  }),
  screen("android-esim-2.png", "ANDROID", `${ANDROID_STEP}: picture 2 of 5, Network & internet (SIMs).`, {
    ZH_CN: "第2步：点“SIM卡”（SIMs；三星为“SIM卡管理器”）",
    ZH_TW: "第 2 步：點「SIM 卡」（SIMs；三星為「SIM 卡管理員」）",
    EN: "Step 2: tap SIMs (SIM manager on Samsung)",
    RU: "Шаг 2: нажмите SIMs («SIM-карты»; на Samsung — SIM manager, «Диспетчер SIM-карт»)",
  }, {
    ZH_CN: "“Network & internet”（网络和互联网）页面示意图：Internet、SIMs（SIM卡，副标题 Primary, Travel）、Airplane mode、Hotspot & tethering、Data Saver、VPN、Private DNS。“SIMs”用橙色框圈出，并标有数字 2：点这一项。",
    ZH_TW: "「Network & internet」（網路和網際網路）頁面示意圖：Internet、SIMs（SIM 卡，副標題 Primary, Travel）、Airplane mode、Hotspot & tethering、Data Saver、VPN、Private DNS。「SIMs」以橘色框圈起，並標上數字 2：點這一項。",
    EN: "Mock-up of the Network & internet screen: Internet, SIMs (Primary, Travel), Airplane mode, Hotspot & tethering, Data Saver, VPN, Private DNS. “SIMs” is circled in orange and numbered 2: tap it.",
    RU: "Схема экрана Network & internet («Сеть и интернет»): Internet, SIMs («SIM-карты»; Primary, Travel), Airplane mode, Hotspot & tethering, Data Saver, VPN, Private DNS. Пункт SIMs обведён оранжевой рамкой с цифрой 2: нажмите на него.",
  }),
  screen("android-esim-3.png", "ANDROID", `${ANDROID_STEP}: picture 3 of 5, the list of SIMs (choose the eSIM).`, {
    ZH_CN: "第3步：选择要删除的 eSIM（图中名为“Travel”，你的手机上可能是别的名称）",
    ZH_TW: "第 3 步：選擇要刪除的 eSIM（圖中名為「Travel」，你的手機上可能是別的名稱）",
    EN: "Step 3: choose the eSIM (here “Travel”; yours may have another name)",
    RU: "Шаг 3: выберите eSIM (здесь Travel; у вас название может быть другим)",
  }, {
    ZH_CN: "“SIMs”（SIM卡）页面示意图：列表中有“Primary”（Active · SIM）、“Travel”（Active · eSIM · +381 60 000 0000）和 Add SIM；SIM preferences（SIM 卡偏好设置）下有 Calls、SMS、Mobile data。eSIM“Travel”用橙色框圈出，并标有数字 3：点你要删除的那个 eSIM。",
    ZH_TW: "「SIMs」（SIM 卡）頁面示意圖：清單中有「Primary」（Active · SIM）、「Travel」（Active · eSIM · +381 60 000 0000）和 Add SIM；SIM preferences（SIM 卡偏好設定）下有 Calls、SMS、Mobile data。eSIM「Travel」以橘色框圈起，並標上數字 3：點你要刪除的那個 eSIM。",
    EN: "Mock-up of the SIMs screen: “Primary” (Active · SIM), “Travel” (Active · eSIM · +381 60 000 0000), Add SIM; under SIM preferences, Calls, SMS and Mobile data. The eSIM “Travel” is circled in orange and numbered 3: tap the eSIM you want to delete.",
    RU: "Схема экрана SIMs («SIM-карты»): в списке Primary (Active · SIM), Travel (Active · eSIM · +381 60 000 0000) и Add SIM; в разделе SIM preferences — Calls, SMS и Mobile data. eSIM Travel обведена оранжевой рамкой с цифрой 3: нажмите на ту eSIM, которую хотите удалить.",
  }),
  screen("android-esim-4.png", "ANDROID", `${ANDROID_STEP}: picture 4 of 5, the eSIM's page (Erase SIM).`, {
    ZH_CN: "第4步：点“清除SIM卡”（Erase SIM；有些手机为“删除”/Delete）",
    ZH_TW: "第 4 步：點「清除 SIM 卡」（Erase SIM；有些手機為「刪除」/Delete）",
    EN: "Step 4: tap Erase SIM (Delete on some phones)",
    RU: "Шаг 4: нажмите Erase SIM (на некоторых телефонах Delete, «Удалить»)",
  }, {
    ZH_CN: "eSIM“Travel”的页面示意图：Use SIM（使用 SIM 卡，已打开）、Mobile data、Roaming、Preferred network type、Automatically select network、Access Point Names，最下方是带垃圾桶图标的红字“Erase SIM”（清除SIM卡），用红色框圈出，并标有数字 4：只有在运营商确认注销之后才点它。",
    ZH_TW: "eSIM「Travel」的頁面示意圖：Use SIM（使用 SIM 卡，已開啟）、Mobile data、Roaming、Preferred network type、Automatically select network、Access Point Names，最下方是帶垃圾桶圖示的紅字「Erase SIM」（清除 SIM 卡），以紅色框圈起，並標上數字 4：只有在電信業者確認終止服務之後才點它。",
    EN: "Mock-up of the eSIM's page “Travel”: Use SIM (on), Mobile data, Roaming, Preferred network type, Automatically select network, Access Point Names, and at the bottom the red “Erase SIM” with a bin icon, circled in red and numbered 4: tap it only after the operator has confirmed the cancellation.",
    RU: "Схема страницы eSIM Travel: Use SIM (включено), Mobile data, Roaming, Preferred network type, Automatically select network, Access Point Names, а внизу красный пункт Erase SIM со значком корзины, обведённый красной рамкой с цифрой 4: нажимайте его только после того, как оператор подтвердил расторжение.",
  }),
  screen("android-esim-5.png", "ANDROID", `${ANDROID_STEP}: picture 5 of 5, the confirmation (optional).`, {
    ZH_CN: "第5步：点“清除”（Erase）确认",
    ZH_TW: "第 5 步：點「清除」（Erase）確認",
    EN: "Step 5: confirm by tapping Erase",
    RU: "Шаг 5: подтвердите, нажав Erase",
  }, {
    ZH_CN: "确认对话框示意图，背后是变暗的 eSIM 页面：标题“Erase this SIM?”（要清除此 SIM 卡吗？），按钮 Cancel（取消）和 Erase（清除）；“Erase”用红色框圈出，并标有数字 5。清除后无法恢复。",
    ZH_TW: "確認對話框示意圖，背後是變暗的 eSIM 頁面：標題「Erase this SIM?」（要清除這張 SIM 卡嗎？），按鈕 Cancel（取消）和 Erase（清除）；「Erase」以紅色框圈起，並標上數字 5。清除後無法復原。",
    EN: "Mock-up of the confirmation dialog “Erase this SIM?” over the dimmed eSIM page, with the buttons Cancel and Erase; “Erase” is circled in red and numbered 5. Erasing cannot be undone.",
    RU: "Схема окна подтверждения Erase this SIM? поверх затемнённой страницы eSIM, с кнопками Cancel («Отмена») и Erase; кнопка Erase обведена красной рамкой с цифрой 5. Стирание нельзя отменить.",
  }),
  {
    file: "iccid-sim-card.png",
    platform: null,
    use: "Requirement (document) “The SIM card itself, or the card holder with the SIM number (ICCID) printed on it” and its note "
      + "“The ICCID is the long number … usually starting with 89” (Serbia); the same document in the Belgium guide and "
      + "“The SIM card itself (if you still have it)” with its ICCID note in the Russia guide; also fits the hotline step "
      + "“… the SIM number (ICCID) or contract number ready” (Serbia).",
    caption: {
      ZH_CN: "ICCID：卡托（1）和 SIM 卡（2）上印的那串以 89 开头的长数字",
      ZH_TW: "ICCID：卡托（1）和 SIM 卡（2）上印的那串以 89 開頭的長數字",
      EN: "The ICCID: the long number starting with 89 on the card holder (1) and on the SIM (2)",
      RU: "ICCID — длинный номер, начинающийся с 89, на пластиковом держателе (1) и на самой SIM-карте (2)",
    },
    alt: {
      ZH_CN: "示意图：左边是信用卡大小的塑料卡托，上面有可以掰下来的 SIM 卡（金色触点）；卡托上条形码下方印着“ICCID”和号码 8938 1000 0000 0000 000，用橙色框圈出并标有数字 1。箭头指向右边放大的 SIM 卡背面，同一串号码分两行印在上面，用橙色框圈出并标有数字 2。这串号码以 89 开头；不要和旁边印的 PIN、PUK 码弄混。图中号码是虚构的。",
      ZH_TW: "示意圖：左邊是信用卡大小的塑膠卡托，上面有可以折下來的 SIM 卡（金色接點）；卡托上條碼下方印著「ICCID」和號碼 8938 1000 0000 0000 000，以橘色框圈起並標上數字 1。箭頭指向右邊放大的 SIM 卡背面，同一串號碼分兩行印在上面，以橘色框圈起並標上數字 2。這串號碼以 89 開頭；不要和旁邊印的 PIN、PUK 碼搞混。圖中號碼是虛構的。",
      EN: "Diagram: on the left, the credit-card-sized plastic holder with the punch-out SIM (gold contacts); on the holder, below a barcode, the word ICCID and the number 8938 1000 0000 0000 000, circled in orange and numbered 1. An arrow leads to the SIM turned over and magnified on the right, with the same number printed in two lines, circled in orange and numbered 2. The number starts with 89; do not confuse it with the PIN and PUK printed nearby. The number shown is made up.",
      RU: "Схема: слева пластиковый держатель размером с банковскую карту с выламываемой SIM-картой (золотые контакты); на держателе под штрихкодом напечатаны слово ICCID и номер 8938 1000 0000 0000 000, обведённые оранжевой рамкой с цифрой 1. Стрелка ведёт к увеличенной SIM-карте справа, перевёрнутой обратной стороной: тот же номер напечатан в две строки и обведён оранжевой рамкой с цифрой 2. Номер начинается с 89; не путайте его с кодами PIN и PUK, напечатанными рядом. Номер на схеме вымышленный.",
    },
    source: CARD_SOURCE,
  },
  screen("iphone-iccid.png", "IOS", "Requirement (document) “The phone with the eSIM installed” (Serbia), its note “The eSIM's number and "
    + "ICCID are shown in Settings → General → About (iPhone) …”: the iPhone's About screen.", {
    ZH_CN: "iPhone 上的 eSIM：“设置”→“通用”→“关于本机”，向下找到该 eSIM 号码下的 ICCID（再下面是 EID）",
    ZH_TW: "iPhone 上的 eSIM：「設定」→「一般」→「關於本機」，往下找到該 eSIM 號碼下的 ICCID（再下面是 EID）",
    EN: "eSIM on iPhone: Settings → General → About, scroll to the eSIM line: ICCID (the EID is below it)",
    RU: "eSIM на iPhone: «Настройки» → «Основные» → «Об этом устройстве», прокрутите до линии eSIM: ICCID (ниже — EID)",
  }, {
    ZH_CN: "“About”（关于本机）页面示意图（从“设置”→“通用”进入）：Name、Model Name、Serial Number；在“Travel · eSIM”标题下有 Network、Number +381 60 000 0000、IMEI，以及 ICCID 8938 1000 0000 0000 000，这一行用橙色框圈出并标有数字 1；再下面是 EID，一串 32 位数字。图中号码都是虚构的。",
    ZH_TW: "「About」（關於本機）頁面示意圖（從「設定」→「一般」進入）：Name、Model Name、Serial Number；在「Travel · eSIM」標題下有 Network、Number +381 60 000 0000、IMEI，以及 ICCID 8938 1000 0000 0000 000，這一列以橘色框圈起並標上數字 1；再下面是 EID，一串 32 位數字。圖中號碼都是虛構的。",
    EN: "Mock-up of the About screen (reached from Settings → General): Name, Model Name, Serial Number; under the heading “Travel · eSIM”: Network, Number +381 60 000 0000, IMEI, and ICCID 8938 1000 0000 0000 000, circled in orange and numbered 1; below it, EID, a 32-digit number. The numbers shown are made up.",
    RU: "Схема экрана About («Об этом устройстве», путь «Настройки» → «Основные»): Name, Model Name, Serial Number; под заголовком Travel · eSIM — Network, Number +381 60 000 0000, IMEI и ICCID 8938 1000 0000 0000 000, обведённый оранжевой рамкой с цифрой 1; ниже EID — 32-значный номер. Номера на схеме вымышленные.",
  }),
  screen("android-iccid.png", "ANDROID", "Requirement (document) “The phone with the eSIM installed” (Serbia), its note “… or About phone → "
    + "SIM status (Android)”: the SIM status screen.", {
    ZH_CN: "Android 上的 eSIM：“设置”→“关于手机”→“SIM卡状态”，找到 ICCID",
    ZH_TW: "Android 上的 eSIM：「設定」→「關於手機」→「SIM 卡狀態」，找到 ICCID",
    EN: "eSIM on Android: Settings → About phone → SIM status: ICCID",
    RU: "eSIM на Android: «Настройки» → About phone («О телефоне») → SIM status («Статус SIM-карты»): ICCID",
  }, {
    ZH_CN: "“SIM status”（SIM卡状态）页面示意图（从“设置”→“关于手机”进入），显示 eSIM“Travel”：Network、Mobile network type、Service state、Roaming、Phone number +381 60 000 0000，以及 ICCID 8938 1000 0000 0000 000，ICCID 这一项用橙色框圈出并标有数字 1。图中号码都是虚构的。",
    ZH_TW: "「SIM status」（SIM 卡狀態）頁面示意圖（從「設定」→「關於手機」進入），顯示 eSIM「Travel」：Network、Mobile network type、Service state、Roaming、Phone number +381 60 000 0000，以及 ICCID 8938 1000 0000 0000 000，ICCID 這一項以橘色框圈起並標上數字 1。圖中號碼都是虛構的。",
    EN: "Mock-up of the SIM status screen (reached from Settings → About phone) for the eSIM “Travel”: Network, Mobile network type, Service state, Roaming, Phone number +381 60 000 0000, and ICCID 8938 1000 0000 0000 000, circled in orange and numbered 1. The numbers shown are made up.",
    RU: "Схема экрана SIM status («Статус SIM-карты», путь «Настройки» → About phone, «О телефоне») для eSIM Travel: Network, Mobile network type, Service state, Roaming, Phone number +381 60 000 0000 и ICCID 8938 1000 0000 0000 000, обведённый оранжевой рамкой с цифрой 1. Номера на схеме вымышленные.",
  }),
];
