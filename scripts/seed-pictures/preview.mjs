// Contact sheets of the rendered pictures as a phone shows them: each at 360 CSS px wide, rendered at 1x, four to a
// sheet, with the caption beneath, into target/seed-pictures-preview-N.png. Usage: node scripts/seed-pictures/preview.mjs
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { MANIFEST } from "./manifest.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const pictures = resolve(here, "../../db/src/main/resources/seed/pictures");
const target = resolve(here, "../../target");
const lang = process.env.PREVIEW_LANG ?? "EN";
mkdirSync(target, { recursive: true });
const work = mkdtempSync(join(tmpdir(), "seed-pictures-preview-"));
try {
  for (let i = 0; i * 4 < MANIFEST.length; i++) {
    const sheet = MANIFEST.slice(i * 4, i * 4 + 4);
    const html = join(work, `sheet-${i + 1}.html`);
    writeFileSync(html, `<!doctype html><meta charset="utf-8"><body style="margin:0;background:#fff;font:13px 'Noto Sans','Noto Sans CJK SC',sans-serif">
<div style="display:grid;grid-template-columns:360px 360px;gap:12px;padding:8px">
${sheet.map(m => `<figure style="margin:0"><img src="file://${pictures}/${m.file}" width="360" style="display:block;height:auto">
<figcaption style="padding:4px 2px">${m.caption[lang]}</figcaption></figure>`).join("")}
</div></body>`);
    const png = join(target, `seed-pictures-preview-${i + 1}.png`);
    execFileSync(process.env.CHROMIUM ?? "chromium", [
      "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--allow-file-access-from-files",
      `--user-data-dir=${join(work, "profile")}`, "--force-device-scale-factor=1", "--window-size=760,1420",
      `--screenshot=${png}`, `file://${html}`,
    ], { stdio: ["ignore", "ignore", "ignore"] });
    console.log(png);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
