import { chromium } from 'playwright-core';
// Pictures on a guide page for a traveler on a phone (scripts/bench-traveler.d; see BENCHMARKS.md, "Pictures"):
// node pictures.mjs BASE_URL [device pixel ratio]. Roaming profile (400 ms, 400 kbps), 390 px wide, Chromium from apt.
// Reports the cold page before any picture is in view, the pictures fetched as the reader opens the phone-settings
// way and scrolls through it (their sizes as the server sends them), what the offline copy holds, and whether every
// picture shows with the network off after the tab was closed.
const base = process.argv[2] || 'http://localhost:8080';
const address = '/guides/serbia-cancel-mobile-service?lang=zh-CN&card=esim&operator=rs-yettel&platform=ios';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const ctx = await b.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: Number(process.argv[3] || 2), isMobile: true, hasTouch: true, locale: 'zh-CN' });
const p = await ctx.newPage(); p.setDefaultTimeout(60000);
const cdp = await ctx.newCDPSession(p);
await cdp.send('Network.enable');
await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 400, downloadThroughput: 50000, uploadThroughput: 50000 });
const log = []; const urls = new Map();
cdp.on('Network.requestWillBeSent', e => urls.set(e.requestId, e.request.url));
cdp.on('Network.loadingFinished', e => log.push({ url: urls.get(e.requestId), bytes: e.encodedDataLength, t: Date.now() }));
const sum = (from, to = Infinity) => { const part = log.filter(r => r.t >= from && r.t < to); return `${part.length} req, ${(part.reduce((a, r) => a + r.bytes, 0) / 1024).toFixed(1)} KB`; };
const t0 = Date.now();
await p.goto(base + address, { waitUntil: 'commit' });
await p.waitForSelector('#guide-title');
const content = Date.now() - t0;
await p.waitForFunction(() => document.documentElement.dataset.ready === '1');
const interactive = Date.now() - t0;
await p.waitForTimeout(3000);
const tScroll = Date.now();
const first = log.filter(r => r.t < tScroll);
console.log(`cold, roaming, before any picture is in view: ${sum(0, tScroll)} (pictures: ${first.filter(r => /\/pictures\//.test(r.url)).length}); content ${content} ms, interactive ${interactive} ms`);
const imgs = await p.evaluate(() => [...document.querySelectorAll('main img')].map(i => ({ lazy: i.loading, w: i.getAttribute('width'), h: i.getAttribute('height'), alt: i.alt.slice(0, 40), srcset: !!i.srcset, sizes: i.sizes })));
console.log(`pictures on the page: ${imgs.length}; all lazy: ${imgs.every(i => i.lazy === 'lazy')}; all sized: ${imgs.every(i => i.w && i.h)}; all alt: ${imgs.every(i => i.alt)}; srcset: ${imgs.every(i => i.srcset)}; e.g. ${JSON.stringify(imgs[0])}`);
// Open the phone-settings way and scroll to its pictures.
const toggle = p.locator('#way-device-settings .way-toggle');
if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
const firstPicture = p.locator('#way-device-settings img').first();
await firstPicture.scrollIntoViewIfNeeded();
await p.waitForFunction(() => [...document.querySelectorAll('#way-device-settings img')].some(i => i.complete && i.naturalWidth > 0));
for (const img of await p.locator('#way-device-settings img').all()) { await img.scrollIntoViewIfNeeded(); }
await p.waitForTimeout(8000);
const fetched = [...new Set(log.filter(r => r.t >= tScroll && /\/pictures\//.test(r.url)).map(r => r.url))];
let pictureBytes = 0;
for (const url of fetched) pictureBytes += (await (await fetch(url)).arrayBuffer()).byteLength;
console.log(`after opening the way and scrolling through its pictures: ${fetched.length} picture files, `
  + `${(pictureBytes / 1024).toFixed(1)} KB (${fetched.map(url => url.split('-').pop()).join(' ')})`);
await p.waitForFunction(() => /KB/.test(document.querySelector('#offline-pictures')?.textContent || ''), null, { timeout: 60000 }).catch(() => {});
console.log('offline line:', await p.locator('#offline-state').textContent(), '|', await p.locator('#offline-pictures').textContent().catch(() => ''));
// Offline: close, reopen from the same address.
await p.close();
await ctx.setOffline(true);
const q = await ctx.newPage(); q.setDefaultTimeout(30000);
await q.goto(base + address);
await q.waitForFunction(() => document.documentElement.dataset.ready === '1');
const t2 = q.locator('#way-device-settings .way-toggle');
if ((await t2.getAttribute('aria-expanded')) !== 'true') await t2.click();
for (const img of await q.locator('#way-device-settings img').all()) { await img.scrollIntoViewIfNeeded(); await q.waitForTimeout(300); }
await q.waitForTimeout(2000);
const shown = await q.evaluate(() => [...document.querySelectorAll('#way-device-settings img')].map(i => i.complete && i.naturalWidth > 0));
console.log(`offline: state "${await q.locator('#offline-state').textContent()}"; pictures shown ${shown.filter(Boolean).length} of ${shown.length}`);
await q.locator('#way-device-settings img').first().scrollIntoViewIfNeeded();
await b.close();
