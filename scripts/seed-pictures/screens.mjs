// The pictures as HTML: generic phone-screen mock-ups and the SIM-card diagram, drawn by us.
// Each screen is 360 x 640 CSS px (rendered at 3x: 1080 x 1920); the card diagram is 600 x 380 (at 2x: 1200 x 760).
// Labels are the English ones a phone set to English shows, on the paths the seed guides' steps give
// (db/src/main/resources/seed/guides/*.json, device-settings steps for IOS and ANDROID, and the ICCID notes).

/** Fake numbers, obviously not anyone's. */
export const FAKE = {
  iccid: "8938 1000 0000 0000 000",
  eid: "8904 9000 0000 0000 0000 0000 0000 0000",
  phone: "+381 60 000 0000",
  imei: "00 000000 000000 0",
};

// Simple outline glyphs of our own (24 x 24), in place of any vendor's icons.
const G = {
  plane: '<path d="M21 15.5v-1.8l-8-4.9V4a1.5 1.5 0 0 0-3 0v4.8l-8 4.9v1.8l8-2.5V18l-2.5 1.7V21l4-1.1 4 1.1v-1.3L13 18v-4.8z" fill="currentColor" stroke="none"/>',
  wifi: '<path d="M2.5 9a14 14 0 0 1 19 0M5.5 12.5a9.5 9.5 0 0 1 13 0M8.7 16a5 5 0 0 1 6.6 0"/><circle cx="12" cy="19.3" r="1.4" fill="currentColor" stroke="none"/>',
  link: '<path d="M10 14a4 4 0 0 0 5.7 0l3-3a4 4 0 0 0-5.7-5.7l-1 1M14 10a4 4 0 0 0-5.7 0l-3 3a4 4 0 0 0 5.7 5.7l1-1"/>',
  signal: '<path d="M5 20v-4M10 20v-8M15 20v-12M20 20V4"/>',
  hotspot: '<circle cx="12" cy="12" r="2"/><path d="M7.8 16.2a6 6 0 0 1 0-8.4M16.2 7.8a6 6 0 0 1 0 8.4M5 19a10 10 0 0 1 0-14M19 5a10 10 0 0 1 0 14"/>',
  bell: '<path d="M6 16v-5a6 6 0 0 1 12 0v5l2 2H4zM10 20.5a2 2 0 0 0 4 0"/>',
  sound: '<path d="M4 9h4l5-4v14l-5-4H4zM16.5 9a4.5 4.5 0 0 1 0 6M19 6.5a8 8 0 0 1 0 11"/>',
  moon: '<path d="M19.5 14.5A8 8 0 1 1 9.5 4.5a6.5 6.5 0 0 0 10 10z"/>',
  hourglass: '<path d="M7 3h10M7 21h10M8 3v3l4 6-4 6v3M16 3v3l-4 6 4 6v3"/>',
  gear: '<circle cx="12" cy="12" r="3.2"/><path d="M12 2.5v3M12 18.5v3M2.5 12h3M18.5 12h3M5.3 5.3l2.1 2.1M16.6 16.6l2.1 2.1M5.3 18.7l2.1-2.1M16.6 7.4l2.1-2.1"/>',
  sun: '<circle cx="12" cy="12" r="4"/><path d="M12 2v2.5M12 19.5V22M2 12h2.5M19.5 12H22M4.9 4.9l1.8 1.8M17.3 17.3l1.8 1.8M4.9 19.1l1.8-1.8M17.3 6.7l1.8-1.8"/>',
  apps: '<rect x="4" y="4" width="6.5" height="6.5" rx="1.5"/><rect x="13.5" y="4" width="6.5" height="6.5" rx="1.5"/><rect x="4" y="13.5" width="6.5" height="6.5" rx="1.5"/><rect x="13.5" y="13.5" width="6.5" height="6.5" rx="1.5"/>',
  battery: '<rect x="7" y="4" width="10" height="17" rx="2"/><path d="M10 2.5h4M10 14h4M10 17.5h4"/>',
  storage: '<ellipse cx="12" cy="6" rx="7.5" ry="3"/><path d="M4.5 6v12c0 1.7 3.4 3 7.5 3s7.5-1.3 7.5-3V6M4.5 12c0 1.7 3.4 3 7.5 3s7.5-1.3 7.5-3"/>',
  info: '<circle cx="12" cy="12" r="9"/><path d="M12 11v6"/><circle cx="12" cy="7.6" r="1.2" fill="currentColor" stroke="none"/>',
  sim: '<path d="M7 3h7.5L19 7.5V21H7z"/><rect x="9.5" y="11" width="7" height="7" rx="1"/>',
  display: '<rect x="3" y="4" width="18" height="13" rx="2"/><path d="M9 21h6M12 17v4"/>',
  switches: '<rect x="3" y="5" width="18" height="6" rx="3"/><circle cx="17" cy="8" r="1.6" fill="currentColor"/><rect x="3" y="13" width="18" height="6" rx="3"/><circle cx="7" cy="16" r="1.6" fill="currentColor"/>',
  vpn: '<rect x="5" y="11" width="14" height="10" rx="2"/><path d="M8 11V8a4 4 0 0 1 8 0v3"/>',
  dns: '<circle cx="12" cy="12" r="9"/><path d="M3 12h18M12 3c3 3.5 3 14.5 0 18M12 3c-3 3.5-3 14.5 0 18"/>',
  saver: '<circle cx="12" cy="12" r="8.5"/><path d="M12 7.5v9M7.5 12h9"/>',
  plus: '<path d="M12 5v14M5 12h14"/>',
  trash: '<path d="M4 7h16M9 7V4.5h6V7M6.5 7l1 13.5h9l1-13.5M10 11v6M14 11v6"/>',
  search: '<circle cx="10.5" cy="10.5" r="6.5"/><path d="M15.5 15.5 20 20"/>',
  back: '<path d="M20 12H5M11 5l-7 7 7 7"/>',
  iosBack: '<path d="M15 4l-8 8 8 8"/>',
  phone: '<rect x="6.5" y="2.5" width="11" height="19" rx="2.5"/><path d="M10.5 18.5h3"/>',
};

const glyph = (name, cls = "") =>
  `<svg class="${cls}" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round">${G[name]}</svg>`;
const chev = '<svg class="chev" viewBox="0 0 9 15" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"><path d="M1.5 1.5l6 6-6 6"/></svg>';
const esc = s => String(s).replace(/&/g, "&amp;").replace(/</g, "&lt;");

function page(kind, body, css = "phone.css") {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="stylesheet" href="${css}"></head>
<body class="${kind}"><div class="screen">
<div class="status"><span>12:00</span><span class="right"><span class="bars"><i></i><i></i><i></i><i></i></span><span class="batt"></span></span></div>
${body}
</div></body></html>`;
}

/** The ring and its step number, on any highlighted element. */
const mark = o => o.step ? ` hl${o.danger ? " danger" : ""}` : "";
const badge = o => o.step ? `<span class="badge"${o.badgeStyle ? ` style="${o.badgeStyle}"` : ""}>${o.step}</span>` : "";

// ---------- "iphone" style ----------
function iosRow(o) {
  const label = o.sub ? `${esc(o.label)}<span class="sub">${esc(o.sub)}</span>` : esc(o.label);
  return `<div class="row${o.center ? " center" : ""}${mark(o)}">${o.icon ? `<span class="icon">${glyph(o.icon)}</span>` : ""}`
    + `<div class="main"><span class="lbl${o.color ? " " + o.color : ""}"${o.center ? ' style="flex:none"' : ""}>${label}</span>`
    + `${o.val ? `<span class="val"${o.valStyle ? ` style="${o.valStyle}"` : ""}>${esc(o.val)}</span>` : ""}`
    + `${o.toggle ? `<span class="tog${o.toggle === "on" ? " on" : ""}"></span>` : ""}${o.chev ? chev : ""}</div>${badge(o)}</div>`;
}
const iosGroup = (rows, header, footer) =>
  `${header ? `<div class="header">${esc(header)}</div>` : ""}<div class="group">${rows.map(iosRow).join("")}</div>`
  + `${footer ? `<div class="footer">${esc(footer)}</div>` : ""}`;
const iosNav = (back, title) =>
  `<div class="nav"><span class="back">${glyph("iosBack")}${esc(back)}</span></div><div class="bigtitle sub">${esc(title)}</div>`;

const iosSettings = (step) => page("ios", `
<div class="bigtitle">Settings</div>
<div class="search">${glyph("search")}Search</div>
${iosGroup([
  { icon: "plane", label: "Airplane Mode", toggle: "off" },
  { icon: "wifi", label: "Wi-Fi", val: "Home", chev: true },
  { icon: "link", label: "Bluetooth", val: "On", chev: true },
  { icon: "signal", label: "Mobile Service", chev: true, step },
  { icon: "hotspot", label: "Personal Hotspot", val: "Off", chev: true },
])}
${iosGroup([
  { icon: "bell", label: "Notifications", chev: true },
  { icon: "sound", label: "Sounds & Haptics", chev: true },
  { icon: "moon", label: "Focus", chev: true },
  { icon: "hourglass", label: "Screen Time", chev: true },
])}
${iosGroup([
  { icon: "gear", label: "General", chev: true },
  { icon: "sun", label: "Display & Brightness", chev: true },
])}`);

const iosLines = (step) => page("ios", `
${iosNav("Settings", "Mobile Service")}
${iosGroup([
  { label: "Mobile Data", toggle: "on" },
  { label: "Mobile Data Options", chev: true },
  { label: "Personal Hotspot", val: "Off", chev: true },
])}
${iosGroup([
  { label: "Primary", sub: "SIM", val: "On", chev: true },
  { label: "Travel", sub: `eSIM · ${FAKE.phone}`, val: "On", chev: true, step },
  { label: "Add eSIM", color: "blue" },
], "SIMs")}
${iosGroup([
  { label: "Wi-Fi Calling", val: "Off", chev: true },
  { label: "Calls on Other Devices", val: "Off", chev: true },
])}`);

const iosLineBody = (step) => `
${iosNav("Mobile Service", "Travel")}
${iosGroup([{ label: "Turn On This Line", toggle: "on" }])}
${iosGroup([
  { label: "Line Label", val: "Travel", chev: true },
  { label: "Network Selection", val: "Automatic", chev: true },
  { label: "Wi-Fi Calling", val: "Off", chev: true },
  { label: "Data Roaming", toggle: "off" },
  { label: "SIM PIN", chev: true },
], "Travel · eSIM")}
${iosGroup([{ label: "Delete eSIM", color: "red", center: true, step, danger: true }])}`;

const iosLine = (step) => page("ios", iosLineBody(step));

const iosConfirm = (step) => page("ios", `${iosLineBody(null)}
<div class="dim"></div>
<div class="sheet">
  <div class="card"><div class="msg"><b>Delete eSIM?</b></div>
  <div class="btn red hl danger">Delete eSIM<span class="badge">${step}</span></div></div>
  <div class="btn blue">Cancel</div>
</div>`);

const iosAbout = (step) => page("ios", `
${iosNav("General", "About")}
${iosGroup([
  { label: "Name", val: "My phone", chev: true },
  { label: "Model Name", val: "Phone" },
  { label: "Serial Number", val: "A0B0C0D0E0" },
])}
${iosGroup([
  { label: "Network", val: "Operator" },
  { label: "Number", val: FAKE.phone },
  { label: "IMEI", val: FAKE.imei },
  { label: "ICCID", val: FAKE.iccid, step, valStyle: "color:#1b1d21;font-weight:600;margin-right:14px" },
], "Travel · eSIM")}
<div class="group"><div class="row"><div class="main" style="display:block;padding:9px 0">
  <span class="lbl">EID</span><span class="sub" style="font-size:14px">${FAKE.eid}</span></div></div></div>`);

// ---------- "android" style ----------
function androidRow(o) {
  const icon = o.icon ? glyph(o.icon, "ic") : '<span class="noicon"></span>';
  return `<div class="row${mark(o)}">${o.noicon ? "" : icon}<span class="txt"><span class="t${o.danger ? " danger-t" : ""}">${esc(o.label)}</span>`
    + `${o.sub ? `<span class="s${o.num ? " num" : ""}">${esc(o.sub)}</span>` : ""}</span>`
    + `${o.toggle ? `<span class="tog${o.toggle === "on" ? " on" : ""}"></span>` : ""}${badge(o)}</div>`;
}
const androidList = rows => `<div class="list">${rows.map(androidRow).join("")}</div>`;
const androidTop = title => `<div class="appbar">${glyph("back")}</div><div class="apptitle">${esc(title)}</div>`;

const androidSettings = (step) => page("android", `
<div class="apptitle" style="padding-top:18px">Settings</div>
<div class="search">${glyph("search")}Search settings</div>
${androidList([
  { icon: "wifi", label: "Network & internet", sub: "Mobile, Wi-Fi, hotspot", step },
  { icon: "link", label: "Connected devices", sub: "Bluetooth, pairing" },
  { icon: "apps", label: "Apps", sub: "Recent apps, default apps" },
  { icon: "bell", label: "Notifications", sub: "Notification history" },
  { icon: "battery", label: "Battery", sub: "80%" },
  { icon: "storage", label: "Storage", sub: "45% used" },
  { icon: "sound", label: "Sound & vibration", sub: "Volume, vibration" },
])}`);

const androidNetwork = (step) => page("android", `
${androidTop("Network & internet")}
${androidList([
  { icon: "wifi", label: "Internet", sub: "Home" },
  { icon: "sim", label: "SIMs", sub: "Primary, Travel", step },
  { icon: "plane", label: "Airplane mode", toggle: "off" },
  { icon: "hotspot", label: "Hotspot & tethering", sub: "Off" },
  { icon: "saver", label: "Data Saver", sub: "Off" },
  { icon: "vpn", label: "VPN", sub: "None" },
  { icon: "dns", label: "Private DNS", sub: "Automatic" },
])}`);

const androidSims = (step) => page("android", `
${androidTop("SIMs")}
${androidList([
  { icon: "sim", label: "Primary", sub: "Active · SIM" },
  { icon: "sim", label: "Travel", sub: `Active · eSIM · ${FAKE.phone}`, step },
  { icon: "plus", label: "Add SIM" },
])}
<div class="sect">SIM preferences</div>
${androidList([
  { noicon: true, label: "Calls", sub: "Primary" },
  { noicon: true, label: "SMS", sub: "Primary" },
  { noicon: true, label: "Mobile data", sub: "Travel" },
])}`);

const androidSimBody = (step) => `
${androidTop("Travel")}
${androidList([
  { icon: "switches", label: "Use SIM", toggle: "on" },
  { label: "Mobile data", toggle: "on" },
  { label: "Roaming", sub: "Off", toggle: "off" },
  { label: "Preferred network type", sub: "Automatic" },
  { label: "Automatically select network", toggle: "on" },
  { label: "Access Point Names" },
  { icon: "trash", label: "Erase SIM", step, danger: true },
])}`;

const androidSim = (step) => page("android", androidSimBody(step));

const androidConfirm = (step) => page("android", `${androidSimBody(null)}
<div class="dim"></div>
<div class="dialog"><h2>Erase this SIM?</h2>
<div class="actions"><span>Cancel</span><span class="hl danger">Erase<span class="badge">${step}</span></span></div></div>`);

const androidSimStatus = (step) => page("android", `
${androidTop("SIM status")}
<div class="sect">Travel · eSIM</div>
${androidList([
  { noicon: true, label: "Network", sub: "Operator" },
  { noicon: true, label: "Mobile network type", sub: "LTE" },
  { noicon: true, label: "Service state", sub: "In service" },
  { noicon: true, label: "Roaming", sub: "Not roaming" },
  { noicon: true, label: "Phone number", sub: FAKE.phone, num: true },
  { noicon: true, label: "ICCID", sub: FAKE.iccid, num: true, step },
])}`);

// ---------- the SIM card and its holder ----------
function cardDiagram() {
  // A credit-card-sized holder (85.6 x 54 mm) with a punched-out SIM, and the SIM turned over, magnified.
  const digits = FAKE.iccid;
  const bars = (x0, y, w, h, seed) => {
    let s = seed, x = x0, out = "";
    while (x < x0 + w - 3) {
      s = (s * 1103515245 + 12345) % 2147483648;
      const bw = 1 + (s >> 16) % 3;
      out += `<rect x="${x}" y="${y}" width="${bw}" height="${h}"/>`;
      x += bw + 1 + ((s >> 8) % 3);
    }
    return out;
  };
  const chip = (x, y, w, h) => {
    const cw = w / 2, ch = h / 3;
    let pads = `<rect x="${x}" y="${y}" width="${w}" height="${h}" rx="5" fill="#d9b45a" stroke="#a9852e" stroke-width="1.5"/>`;
    for (let i = 1; i < 3; i++) pads += `<path d="M${x} ${y + ch * i}h${w}" stroke="#a9852e" stroke-width="1.5"/>`;
    pads += `<path d="M${x + cw} ${y}v${h}" stroke="#a9852e" stroke-width="1.5"/>`;
    return pads;
  };
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><style>
* { margin: 0; padding: 0; } html, body { width: 600px; height: 380px; overflow: hidden; background: #fff; }
svg { display: block; font-family: "Noto Sans", "DejaVu Sans", sans-serif; }
</style></head><body>
<svg width="600" height="380" viewBox="0 0 600 380">
  <rect width="600" height="380" fill="#f4f5f8"/>
  <!-- the holder, 85.6 x 54 mm -->
  <g transform="translate(10 34)">
    <rect x="0" y="0" width="376" height="237" rx="16" fill="#ffffff" stroke="#8a8f9c" stroke-width="2"/>
    <path d="M0 16 Q0 0 16 0 H360 Q376 0 376 16 V46 H0 Z" fill="#dfe6f2"/>
    <text x="18" y="31" font-size="19" font-weight="700" fill="#3b4254">OPERATOR</text>
    <!-- punched-out outlines: mini, micro, nano, with the chip -->
    <rect x="232" y="58" width="130" height="92" rx="8" fill="#fafbfd" stroke="#9aa0ad" stroke-width="1.5" stroke-dasharray="5 4"/>
    <rect x="244" y="66" width="106" height="76" rx="6" fill="none" stroke="#9aa0ad" stroke-width="1.2" stroke-dasharray="4 4"/>
    <rect x="258" y="74" width="78" height="60" rx="5" fill="#eef0f4" stroke="#6c7280" stroke-width="1.5"/>
    ${chip(271, 82, 52, 44)}
    <g fill="#2b2f36">${bars(18, 62, 196, 40, 7)}</g>
    <text x="18" y="178" font-size="17" font-weight="600" fill="#3b4254">ICCID</text>
    <text x="18" y="209" font-size="25" font-weight="700" fill="#1b1d21" letter-spacing=".3"><tspan fill="#c2410c">89</tspan>${digits.slice(2)}</text>
    <text x="18" y="128" font-size="16" fill="#7a7f8c">PIN 0000   PUK 00000000</text>
    <rect x="6" y="156" width="348" height="66" rx="12" fill="none" stroke="#f76707" stroke-opacity=".25" stroke-width="12"/>
    <rect x="6" y="156" width="348" height="66" rx="12" fill="none" stroke="#f76707" stroke-width="4.5"/>
  </g>
  <circle cx="364" cy="223" r="19" fill="#f76707" stroke="#fff" stroke-width="3"/>
  <text x="364" y="230" font-size="21" font-weight="700" fill="#fff" text-anchor="middle">1</text>

  <!-- arrow: the SIM, turned over -->
  <path d="M 366 86 C 392 36, 440 30, 474 76" fill="none" stroke="#6c7280" stroke-width="3" stroke-dasharray="7 6"/>
  <path d="M 481 64 L 478 83 L 460 76" fill="none" stroke="#6c7280" stroke-width="3" stroke-linecap="round" stroke-linejoin="round"/>

  <!-- the SIM itself, back side, magnified -->
  <g transform="translate(398 92)">
    <path d="M0 14 Q0 0 14 0 H170 L194 24 V136 Q194 150 180 150 H14 Q0 150 0 136 Z" fill="#ffffff" stroke="#6c7280" stroke-width="2"/>
    <text x="97" y="54" font-size="20" text-anchor="middle" fill="#1b1d21" font-weight="700"><tspan fill="#c2410c">89</tspan>${digits.slice(2, 14)}</text>
    <text x="97" y="82" font-size="20" text-anchor="middle" fill="#1b1d21" font-weight="700">${digits.slice(14)}</text>
    <g fill="#2b2f36">${bars(44, 106, 120, 26, 3)}</g>
    <rect x="8" y="28" width="178" height="64" rx="11" fill="none" stroke="#f76707" stroke-opacity=".25" stroke-width="12"/>
    <rect x="8" y="28" width="178" height="64" rx="11" fill="none" stroke="#f76707" stroke-width="4.5"/>
  </g>
  <circle cx="408" cy="184" r="19" fill="#f76707" stroke="#fff" stroke-width="3"/>
  <text x="408" y="191" font-size="21" font-weight="700" fill="#fff" text-anchor="middle">2</text>
  <text x="198" y="300" font-size="19" text-anchor="middle" fill="#4a4e5c">Card holder</text>
  <text x="495" y="300" font-size="19" text-anchor="middle" fill="#4a4e5c">SIM (back)</text>
  <text x="300" y="352" font-size="23" text-anchor="middle" fill="#1b1d21">ICCID: the long number starting with <tspan font-weight="700" fill="#c2410c">89</tspan></text>
</svg></body></html>`;
}

/** Every picture: file name, HTML, CSS size and device scale. */
export const PICTURES = [
  { file: "iphone-esim-1.png", html: iosSettings(1), size: [360, 640], scale: 3 },
  { file: "iphone-esim-2.png", html: iosLines(2), size: [360, 640], scale: 3 },
  { file: "iphone-esim-3.png", html: iosLine(3), size: [360, 640], scale: 3 },
  { file: "iphone-esim-4.png", html: iosConfirm(4), size: [360, 640], scale: 3 },
  { file: "android-esim-1.png", html: androidSettings(1), size: [360, 640], scale: 3 },
  { file: "android-esim-2.png", html: androidNetwork(2), size: [360, 640], scale: 3 },
  { file: "android-esim-3.png", html: androidSims(3), size: [360, 640], scale: 3 },
  { file: "android-esim-4.png", html: androidSim(4), size: [360, 640], scale: 3 },
  { file: "android-esim-5.png", html: androidConfirm(5), size: [360, 640], scale: 3 },
  { file: "iccid-sim-card.png", html: cardDiagram(), size: [600, 380], scale: 2 },
  { file: "iphone-iccid.png", html: iosAbout(1), size: [360, 640], scale: 3 },
  { file: "android-iccid.png", html: androidSimStatus(1), size: [360, 640], scale: 3 },
];
