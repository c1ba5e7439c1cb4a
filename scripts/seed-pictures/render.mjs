// Renders the seed guides' pictures with Chromium and writes them, with pictures.json, into
// db/src/main/resources/seed/pictures/. Usage (from the repository root): node scripts/seed-pictures/render.mjs [FILE...]
// See README.md in this folder.
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { PICTURES } from "./screens.mjs";
import { MANIFEST } from "./manifest.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const out = resolve(here, "../../db/src/main/resources/seed/pictures");
const chromium = process.env.CHROMIUM ?? "chromium";
const only = process.argv.slice(2);
const SIZE_LIMIT = 250 * 1024;

mkdirSync(out, { recursive: true });
const work = mkdtempSync(join(tmpdir(), "seed-pictures-"));
try {
  copyFileSync(join(here, "phone.css"), join(work, "phone.css"));
  for (const p of PICTURES) {
    if (only.length && !only.includes(p.file)) continue;
    const html = join(work, p.file.replace(/\.png$/, ".html"));
    writeFileSync(html, p.html);
    const raw = join(work, p.file);
    execFileSync(chromium, [
      "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--no-first-run",
      `--user-data-dir=${join(work, "profile")}`,
      `--force-device-scale-factor=${p.scale}`, `--window-size=${p.size[0]},${p.size[1]}`,
      `--screenshot=${raw}`, `file://${html}`,
    ], { stdio: ["ignore", "ignore", "ignore"] });
    // Flat colours: a 64-colour palette keeps text edges smooth and the file small.
    const target = join(out, p.file);
    execFileSync("pngquant", ["--force", "--strip", "--speed", "1", "64", "--output", target, raw]);
    const bytes = statSync(target).size;
    const dims = readFileSync(target).subarray(16, 24);
    const [w, h] = [dims.readUInt32BE(0), dims.readUInt32BE(4)];
    if (w !== p.size[0] * p.scale || h !== p.size[1] * p.scale) throw new Error(`${p.file}: ${w} x ${h}`);
    console.log(`${p.file}\t${w} x ${h}\t${(bytes / 1024).toFixed(1)} KB${bytes > SIZE_LIMIT ? "\tOVER 250 KB" : ""}`);
    if (bytes > SIZE_LIMIT) process.exitCode = 1;
  }
  const files = new Set(PICTURES.map(p => p.file));
  const described = new Set(MANIFEST.map(m => m.file));
  for (const f of files) if (!described.has(f)) throw new Error(`${f} has no manifest entry`);
  for (const f of described) if (!files.has(f)) throw new Error(`manifest entry ${f} has no picture`);
  for (const m of MANIFEST) {
    if (![null, "IOS", "ANDROID"].includes(m.platform)) throw new Error(`${m.file}: platform ${m.platform}`);
    if (!m.use || !m.source) throw new Error(`${m.file}: use and source are required`);
    for (const field of ["caption", "alt"])
      for (const lang of ["ZH_CN", "ZH_TW", "EN", "RU"])
        if (!m[field]?.[lang]?.trim()) throw new Error(`${m.file}: ${field} ${lang} is missing`);
  }
  writeFileSync(join(out, "pictures.json"), JSON.stringify(MANIFEST, null, 2) + "\n");
} finally {
  rmSync(work, { recursive: true, force: true });
}
