// Drives Debian's Chromium against running Waymark jars for scripts/bench-traveler (which starts the jars and
// installs playwright-core here). Usage:
//
//   node bench.mjs --target LABEL,MODE,BASE_URL,PID [--target ...] [--readers 100,300] [--json-dir DIR]
//                  [--merge FILE.json ...] [--out FILE.md]
//
//   MODE  before: the server-driven Vaadin Flow views (interactive = content shown and no Flow client busy);
//         after:  the client-side traveler views (interactive = document.documentElement.dataset.ready === "1").
//   PID   the jar's JVM, for jcmd (heap after full GC, UIs and sessions in a class histogram).
//   --merge  earlier results (the JSON this script writes) to show beside the ones measured now.
//
// Prints a Markdown table (targets side by side) and writes it to --out.
import { chromium } from 'playwright-core';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

// ---------------------------------------------------------------------------------------------- settings

const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const JCMD = process.env.JCMD || 'jcmd';
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync'];

/** Throughputs in bytes per second, as CDP wants them. */
const PROFILES = {
  roaming: { title: 'roaming (400 ms, 400/400 kbps)', latency: 400, down: 400_000 / 8, up: 400_000 / 8 },
  fast3g: { title: 'Fast 3G (562.5 ms, 1.44 Mbps / 675 kbps)', latency: 562.5, down: 1_600_000 / 8 * 0.9, up: 750_000 / 8 * 0.9 },
};

const SERBIA = '/guides/serbia-cancel-mobile-service?lang=zh-CN&card=esim&operator=rs-yettel';
const RUSSIA = '/guides/russia-cancel-mobile-service?lang=zh-CN&card=esim';
const QUERY = '塞尔维亚 eSIM';
const PAGES = {
  home: { title: 'home `/?lang=zh-CN`', path: () => '/?lang=zh-CN' },
  // BEFORE: search results are the home view with ?q=; the client-side views may have a page of their own
  // (SEARCH_PATH, with {q} for the query).
  search: {
    title: 'search "塞尔维亚 eSIM"',
    path: () => (process.env.SEARCH_PATH || '/?lang=zh-CN&q={q}').replace('{q}', encodeURIComponent(QUERY)),
  },
  guide: { title: 'Serbian guide (eSIM, Yettel)', path: () => SERBIA },
};

/**
 * What "content" means per page (checked in the page every 20 ms): the page's h1 visible, and
 *  - home: a link to a guide visible;
 *  - search: a hit linking to the Serbian guide visible, in the results (not the country list);
 *  - guide: the first way visible (BEFORE: the way panel of the tab sheet; AFTER: section.way).
 */
const CONTENT = {
  home: 'a[href*="/guides/"]',
  search: '#search-hits a[href*="/guides/serbia"], .search-hits a[href*="/guides/serbia"], '
    + '#search-results a[href*="/guides/serbia"], [data-search-hits] a[href*="/guides/serbia"]',
  guide: 'section.way, .wm-way',
};

/** The controls per mode; an action whose control is missing is reported as n/a. */
const ACTIONS = [
  { key: 'tick', title: 'tick a step', before: ['li.wm-step vaadin-checkbox >> visible=true'], after: ['input.step-tick >> visible=true'] },
  { key: 'follow', title: 'one-at-a-time mode on', before: ['#step-mode vaadin-radio-button >> nth=1'], after: ['button#follow-mode'] },
  { key: 'next', title: 'next step', before: ['vaadin-button[id^="next-"] >> visible=true'], after: ['button#next-step >> visible=true'] },
  { key: 'previous', title: 'previous step', before: ['vaadin-button[id^="previous-"] >> visible=true'], after: ['button#previous-step >> visible=true'] },
  { key: 'way', title: 'switch way', before: ['#way-tabs vaadin-tab:not([selected]) >> nth=0'], after: ['section.way button.way-toggle >> nth=1'] },
  { key: 'faq', title: 'open a FAQ', before: ['vaadin-details.wm-faq vaadin-details-summary >> nth=0', 'vaadin-details.wm-faq >> nth=0'], after: ['details.faq > summary >> nth=0'] },
  { key: 'phrase', title: 'open the phrase card', before: [], after: ['button.show-phrase >> visible=true'] },
];

// ---------------------------------------------------------------------------------------------- arguments

const options = { targets: [], readers: [100, 300], merge: [], out: null, jsonDir: null };
for (let i = 2; i < process.argv.length; i++) {
  const arg = process.argv[i];
  const value = () => process.argv[++i];
  if (arg === '--target') {
    const [label, mode, base, pid] = value().split(',');
    options.targets.push({ label, mode, base, pid });
  } else if (arg === '--readers') {
    options.readers = value().split(',').filter(Boolean).map(Number);
  } else if (arg === '--merge') {
    options.merge.push(value());
  } else if (arg === '--out') {
    options.out = value();
  } else if (arg === '--json-dir') {
    options.jsonDir = value();
  } else {
    console.error(`unknown argument ${arg}`);
    process.exit(2);
  }
}

const log = (...parts) => console.error(`[${new Date().toISOString().slice(11, 19)}]`, ...parts);
const sleep = ms => new Promise(resolve => setTimeout(resolve, ms));

// ---------------------------------------------------------------------------------------------- in the page

/** Runs in every document before its own scripts: records when the content shows and when the page is ready. */
function probe({ mode, selectors }) {
  const b = (window.__bench = { content: null, readyAt: null, kind: null });
  const visible = el => !!el && el.checkVisibility() && el.getBoundingClientRect().height > 0;
  const kind = () => {
    const p = location.pathname;
    if (p.startsWith('/guides/')) return 'guide';
    return /[?&]q=/.test(location.search) || p.startsWith('/search') ? 'search' : 'home';
  };
  const content = () => {
    if (!visible(document.querySelector('h1'))) return false;
    return [...document.querySelectorAll(selectors[b.kind])].some(visible);
  };
  const ready = () => {
    if (!content()) return false;
    if (mode === 'after') return document.documentElement.dataset.ready === '1';
    const clients = Object.values(window.Vaadin?.Flow?.clients || {});
    return clients.length > 0 && clients.every(c => typeof c.isActive !== 'function' || !c.isActive());
  };
  const tick = () => {
    try {
      b.kind = kind();
      const now = performance.now();
      if (b.content === null && content()) b.content = now;
      if (ready()) {
        if (b.readyAt === null) b.readyAt = now;
      } else {
        b.readyAt = null;
      }
    } catch (e) {
      b.error = String(e);
    }
    // Polling stops once the page has been ready for 5 s (or after 2 minutes), so that hundreds of open pages
    // do not keep the machine busy.
    const now = performance.now();
    if (!b.stop && now < 120_000 && !(b.readyAt !== null && now - b.readyAt > 5000)) setTimeout(tick, 20);
  };
  tick();
}

// ---------------------------------------------------------------------------------------------- network

/** Counts what a page's CDP session sees: requests on the wire, bytes (encodedDataLength), cache hits. */
function tracker(cdp) {
  const t = { sent: 0, cached: 0, bytes: 0, inflight: new Set(), lastDone: 0, urls: [], ws: 0 };
  const cachedIds = new Set();
  cdp.on('Network.requestWillBeSent', e => {
    if (e.request.url.startsWith('data:') || e.request.url.startsWith('blob:')) return;
    t.sent++;
    t.inflight.add(e.requestId);
    t.urls.push(e.request.method + ' ' + e.request.url);
  });
  cdp.on('Network.requestServedFromCache', e => cachedIds.add(e.requestId));
  cdp.on('Network.responseReceived', e => {
    if (e.response.fromDiskCache || e.response.fromPrefetchCache || e.response.fromServiceWorker) cachedIds.add(e.requestId);
  });
  cdp.on('Network.loadingFinished', e => {
    if (!t.inflight.delete(e.requestId)) return;
    t.bytes += e.encodedDataLength;
    if (cachedIds.has(e.requestId)) t.cached++;
    t.lastDone = Date.now();
  });
  cdp.on('Network.loadingFailed', e => {
    if (t.inflight.delete(e.requestId) && cachedIds.has(e.requestId)) t.cached++;
    t.lastDone = Date.now();
  });
  cdp.on('Network.webSocketCreated', () => t.ws++);
  t.snapshot = () => ({ sent: t.sent, cached: t.cached, bytes: t.bytes, urls: t.urls.length });
  return t;
}

async function throttled(context, page, profile, cold) {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: cold });
  if (profile) {
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false, latency: profile.latency, downloadThroughput: profile.down, uploadThroughput: profile.up,
    });
  }
  return cdp;
}

/** Waits until the page has been ready for `quiet` ms with nothing in flight; returns the probe's figures. */
async function settle(page, net, { quiet = 1500, timeout = 60_000 } = {}) {
  const started = Date.now();
  for (;;) {
    const b = await page.evaluate(() => ({ ...window.__bench, now: performance.now() })).catch(() => null);
    if (b && b.readyAt !== null && b.now - b.readyAt >= quiet && net.inflight.size === 0
      && Date.now() - net.lastDone >= quiet) {
      return b;
    }
    if (Date.now() - started > timeout) return { ...(b || {}), timedOut: true };
    await sleep(100);
  }
}

/** Opens `url` in a new page of `context` and measures it. */
async function visit(context, base, url, profile, cold) {
  const page = await context.newPage();
  const cdp = await throttled(context, page, profile, cold);
  const net = tracker(cdp);
  const swBefore = swRequests(context);
  await page.goto(base + url, { waitUntil: 'commit', timeout: 120_000 });
  const b = await settle(page, net);
  const fcp = await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null);
  return {
    page, cdp, net,
    figures: {
      bytes: net.bytes, requests: net.sent - net.cached, cached: net.cached, ws: net.ws,
      sw: swRequests(context) - swBefore,
      fcp, content: b.content ?? null, interactive: b.timedOut ? null : b.readyAt, timedOut: !!b.timedOut,
      urls: net.urls,
    },
  };
}

const swCounts = new WeakMap();
function watchServiceWorkers(context) {
  swCounts.set(context, 0);
  context.on('request', request => {
    if (request.serviceWorker()) swCounts.set(context, swCounts.get(context) + 1);
  });
}
const swRequests = context => swCounts.get(context) || 0;

async function newContext(browser, target) {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true, locale: 'zh-CN',
    userAgent: 'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Mobile Safari/537.36',
  });
  watchServiceWorkers(context);
  await context.addInitScript(probe, { mode: target.mode, selectors: CONTENT });
  return context;
}

// ---------------------------------------------------------------------------------------------- actions

async function action(page, net, mode, spec) {
  const selectors = spec[mode] || [];
  let target = null;
  for (const selector of selectors) {
    const locator = page.locator(selector).first();
    if (await locator.count().catch(() => 0)) {
      target = { locator, selector };
      break;
    }
  }
  if (!target) return { na: true };
  const before = net.snapshot();
  const clicked = Date.now();
  try {
    if (target.selector.startsWith('vaadin-details.wm-faq >>')) {
      await target.locator.click({ position: { x: 24, y: 16 }, timeout: 5000 });
    } else {
      await target.locator.click({ timeout: 5000 });
    }
  } catch (e) {
    return { na: true, error: e.message.split('\n')[0] };
  }
  await sleep(1500);
  const sentInWindow = net.sent - before.sent;
  const deadline = Date.now() + 20_000;
  while (net.inflight.size > 0 && Date.now() < deadline) await sleep(50);
  return {
    requests: sentInWindow,
    bytes: net.bytes - before.bytes,
    settledMs: sentInWindow > 0 ? Math.max(0, net.lastDone - clicked) : 0,
    urls: net.urls.slice(before.urls),
  };
}

// ---------------------------------------------------------------------------------------------- heap

function jcmd(pid, ...command) {
  return execFileSync(JCMD, [String(pid), ...command], { encoding: 'utf8', maxBuffer: 64 << 20 });
}

function liveHeap(pid) {
  jcmd(pid, 'GC.run');
  execFileSync('sleep', ['1']);
  jcmd(pid, 'GC.run');
  const info = jcmd(pid, 'GC.heap_info');
  const used = /used (\d+)K/.exec(info);
  const histogram = jcmd(pid, 'GC.class_histogram');
  const count = pattern => histogram.split('\n').filter(line => pattern.test(line))
    .reduce((sum, line) => sum + Number(line.trim().split(/\s+/)[1] || 0), 0);
  return {
    heap: used ? Number(used[1]) * 1024 : null,
    uis: count(/\scom\.vaadin\.flow\.component\.UI\s*$/),
    vaadinSessions: count(/\scom\.vaadin\.flow\.(server|spring)\.\w*VaadinSession\s*$/),
    httpSessions: count(/\sorg\.apache\.catalina\.session\.StandardSession\s*$/),
    stateNodes: count(/\scom\.vaadin\.flow\.internal\.StateNode\s*$/),
  };
}

/**
 * Heap per open reader: after a warm-up (three guide pages, closed), the live heap with no reader, then with
 * N readers' guide pages open. Each reader is a page left open; pages share a few browser contexts (each
 * context's pages are opened from its first one with window.open, so they share a renderer process). The
 * readers of a context share its cookies, hence one HTTP session a context: clearing the cookies between readers
 * (a session each, as separate phones would have) made the older pages' Vaadin heartbeats, five minutes on, hit
 * another reader's session, reload and start new UIs. Each reader still has its own UI (its own page).
 */
async function heapPerReader(target, counts) {
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS });
  try {
    const warm = await newContext(browser, target);
    for (let i = 0; i < 3; i++) {
      const { page } = await visit(warm, target.base, SERBIA, null, false);
      await page.close();
    }
    await warm.close();
    await sleep(2000);
    const zero = liveHeap(target.pid);
    log(`${target.label}: heap with no reader ${(zero.heap / 2 ** 20).toFixed(1)} MiB`);
    const results = [{ readers: 0, ...zero }];
    const workers = 4;
    const contexts = [];
    for (let i = 0; i < workers; i++) contexts.push(await newContext(browser, target));
    const openers = [];
    let open = 0;
    let failed = 0;
    for (const n of counts) {
      const started = Date.now();
      await Promise.all(contexts.map(async (context, w) => {
        for (;;) {
          if (open >= n) return;
          open++;
          // Readers after the first in a context are opened from it with window.open, so that they share its
          // renderer process (a process each would take ~150 MB a reader of the machine's memory).
          let page;
          try {
            if (!openers[w]) {
              page = openers[w] = await context.newPage();
              await page.goto(target.base + SERBIA, { waitUntil: 'commit', timeout: 60_000 });
            } else {
              [page] = await Promise.all([
                openers[w].waitForEvent('popup', { timeout: 30_000 }),
                openers[w].evaluate(url => { window.open(url, '_blank'); }, target.base + SERBIA),
              ]);
            }
            // Ready, or (once three pages never were: a page without the ready flag) the content shown and loaded.
            await page.waitForFunction(contentOnly => (contentOnly ? window.__bench?.content ?? null : window.__bench?.readyAt ?? null) !== null,
              failed >= 3, { timeout: 30_000, polling: 100 });
            if (failed >= 3) await page.waitForLoadState('load');
            await page.evaluate(() => { window.__bench.stop = true; });
          } catch (e) {
            failed++;
          }
        }
      }));
      await sleep(2000);
      const m = liveHeap(target.pid);
      const perReader = (m.heap - zero.heap) / n;
      log(`${target.label}: ${n} readers open in ${((Date.now() - started) / 1000).toFixed(0)} s, heap ${(m.heap / 2 ** 20).toFixed(1)} MiB, ${(perReader / 1024).toFixed(0)} KiB a reader, UIs ${m.uis}`);
      results.push({ readers: n, ...m, perReader, failed });
    }
    return results;
  } finally {
    await browser.close();
  }
}

// ---------------------------------------------------------------------------------------------- one target

async function measure(target) {
  const result = { label: target.label, mode: target.mode, loads: {}, actions: {}, second: {}, heap: null };
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS });
  result.chromium = browser.version();
  try {
    for (const [profileKey, profile] of Object.entries(process.env.BENCH_HEAP_ONLY ? {} : PROFILES)) {
      for (const [pageKey, spec] of Object.entries(PAGES)) {
        const context = await newContext(browser, target);
        const cold = await visit(context, target.base, spec.path(), profile, true);
        await cold.page.close();
        const warm = await visit(context, target.base, spec.path(), profile, false);
        result.loads[`${profileKey}.${pageKey}.cold`] = cold.figures;
        result.loads[`${profileKey}.${pageKey}.warm`] = warm.figures;
        log(`${target.label} ${profileKey} ${pageKey}: cold ${kb(cold.figures.bytes)} KB/${cold.figures.requests} req, `
          + `content ${s(cold.figures.content)} s, interactive ${s(cold.figures.interactive)} s; warm ${kb(warm.figures.bytes)} KB/`
          + `${warm.figures.requests} req, interactive ${s(warm.figures.interactive)} s`);
        if (pageKey === 'guide') {
          if (profileKey === 'roaming') {
            for (const spec of ACTIONS) {
              result.actions[spec.key] = await action(warm.page, warm.net, target.mode, spec);
              log(`${target.label} action ${spec.key}: ${JSON.stringify({ ...result.actions[spec.key], urls: undefined })}`);
            }
          }
          const second = await visit(context, target.base, RUSSIA, profile, false);
          result.second[profileKey] = second.figures;
          log(`${target.label} ${profileKey} second guide: ${kb(second.figures.bytes)} KB/${second.figures.requests} req`);
        }
        await context.close();
      }
    }
  } finally {
    await browser.close();
  }
  if (options.readers.length) result.heap = await heapPerReader(target, options.readers);
  return result;
}

// ---------------------------------------------------------------------------------------------- report

const kb = bytes => (bytes === null || bytes === undefined ? 'n/a' : (bytes / 1000).toFixed(1));
const s = ms => (ms === null || ms === undefined ? 'n/a' : (ms / 1000).toFixed(2));

function table(results, meta) {
  const labels = results.map(r => `${r.label}${r.commit ? ` (${r.commit})` : ''}`);
  const lines = [];
  const row = (name, cells) => lines.push(`| ${name} | ${cells.join(' | ')} |`);
  lines.push(`| | ${labels.join(' | ')} |`, `| --- | ${labels.map(() => '---:').join(' | ')} |`);
  const load = (r, key) => r.loads?.[key];
  for (const [profileKey, profile] of Object.entries(PROFILES)) {
    row(`**${profile.title}**`, results.map(() => ''));
    for (const [pageKey, spec] of Object.entries(PAGES)) {
      for (const temp of ['cold', 'warm']) {
        const key = `${profileKey}.${pageKey}.${temp}`;
        row(`${spec.title}, ${temp}: KB / requests`, results.map(r => {
          const f = load(r, key);
          return f ? `${kb(f.bytes)} KB / ${f.requests}${f.cached ? ` (+${f.cached} from cache)` : ''}${f.sw ? ` (+${f.sw} by the service worker)` : ''}` : 'n/a';
        }));
        row(`${spec.title}, ${temp}: first contentful paint / content / interactive (s)`, results.map(r => {
          const f = load(r, key);
          return f ? `${s(f.fcp)} / ${s(f.content)} / ${f.timedOut ? 'not within 60 s' : s(f.interactive)}` : 'n/a';
        }));
      }
    }
    row(`Russian guide after the Serbian one (same browser): KB / requests`, results.map(r => {
      const f = r.second?.[profileKey];
      return f ? `${kb(f.bytes)} KB / ${f.requests}${f.cached ? ` (+${f.cached} from cache)` : ''}` : 'n/a';
    }));
  }
  row('**Requests per action** (guide page, roaming; requests sent within 1.5 s: requests, KB, until the last answer)', results.map(() => ''));
  for (const spec of ACTIONS) {
    row(spec.title, results.map(r => {
      const a = r.actions?.[spec.key];
      if (!a) return 'n/a';
      if (a.na) return 'n/a (no such control)';
      return `${a.requests}${a.requests ? `, ${kb(a.bytes)} KB, ${s(a.settledMs)} s` : ''}`;
    }));
  }
  row('**Server heap per open reader** (live heap after full GC, -Xmx2g)', results.map(() => ''));
  const counts = [...new Set(results.flatMap(r => (r.heap || []).map(h => h.readers)))].sort((a, b) => a - b);
  for (const n of counts) {
    row(n === 0 ? 'no reader: live heap' : `${n} readers: live heap, per reader`, results.map(r => {
      const h = (r.heap || []).find(x => x.readers === n);
      if (!h) return 'n/a';
      const heap = `${(h.heap / 2 ** 20).toFixed(1)} MiB`;
      return n === 0 ? heap : `${heap}, **${(h.perReader / 1024).toFixed(0)} KiB** a reader${h.failed ? ` (${h.failed} pages not ready)` : ''}`;
    }));
    row(n === 0 ? 'no reader: UIs / Vaadin sessions / HTTP sessions' : `${n} readers: UIs / Vaadin sessions / HTTP sessions`, results.map(r => {
      const h = (r.heap || []).find(x => x.readers === n);
      return h ? `${h.uis} / ${h.vaadinSessions} / ${h.httpSessions}` : 'n/a';
    }));
  }
  const runs = results.map(r => `${r.label}: ${r.date}, Chromium ${r.chromium}, load average ${r.load}`).join('; ');
  return `${lines.join('\n')}\n\n${meta}${runs}\n`;
}

// ---------------------------------------------------------------------------------------------- main

const results = options.merge.map(file => JSON.parse(fs.readFileSync(file, 'utf8')));
for (const target of options.targets) {
  log(`measuring ${target.label} (${target.mode}) at ${target.base}`);
  const loadBefore = os.loadavg();
  const result = await measure(target);
  const loadAfter = os.loadavg();
  result.date = new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC';
  result.load = `${loadBefore[0].toFixed(1)} at the start, ${loadAfter[0].toFixed(1)} at the end (1 min)`;
  result.commit = process.env[`COMMIT_${target.label.toUpperCase()}`] || null;
  if (options.jsonDir) {
    fs.writeFileSync(path.join(options.jsonDir, `bench-traveler-${target.label.toLowerCase()}.json`), JSON.stringify(result, null, 1));
  }
  results.push(result);
}
const order = ['BEFORE', 'AFTER'];
results.sort((a, b) => order.indexOf(a.label) - order.indexOf(b.label));
const markdown = table(results, 'Runs: ');
if (options.out) fs.writeFileSync(options.out, markdown);
process.stdout.write(markdown);
