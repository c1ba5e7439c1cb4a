// Waymark's reader script: behaviour on top of the pages the server renders (guide.read.GuideDocument).
// Everything a tap does happens here, with no request: ticks, one step at a time, ways, FAQ, the phrase card.
// Only reports, search, a change of situation and the update check talk to the server. Progress lives in this
// browser (localStorage), keyed by guide and by each part's id, so it survives reloads and new revisions.
const root = document.documentElement;
/** Offline: the browser says so, or the service worker served this page from its copy as the network failed. */
const isOffline = () => !navigator.onLine || root.hasAttribute('data-offline');
addEventListener('online', () => root.removeAttribute('data-offline'));
root.classList.add('js');
const T = JSON.parse(document.getElementById('wm-texts')?.textContent || '{}');
const $ = (selector, scope = document) => scope.querySelector(selector);
const $$ = (selector, scope = document) => [...scope.querySelectorAll(selector)];
const fmt = (pattern, ...values) => (pattern || '').replace(/\{(\d)\}/g, (_, i) => String(values[+i] ?? ''));
const when = iso => new Date(iso).toLocaleString(T.locale, { dateStyle: 'medium', timeStyle: 'short' });
const GUIDES = 'waymark-guides';
const SAVED = 'waymark:saved';
// Pictures of saved guides: kept apart from the pages, up to a budget per guide and situation (a saved page's own
// entry lists the addresses it keeps, so one picture shared by two copies stays while either does).
const PICTURES = 'waymark-pictures';
const PICTURE_BUDGET = 1024 * 1024;
const UNSAVED = 'waymark:unsaved';

const read = (key, fallback) => {
  try {
    const value = localStorage.getItem(key);
    return value == null ? fallback : JSON.parse(value);
  } catch {
    return fallback;
  }
};
const write = (key, value) => {
  try {
    localStorage.setItem(key, JSON.stringify(value));
  } catch {
    // Storage full or disabled: the page still works, it just forgets.
  }
};

// A guide page as the server sent it, before this script changes anything: kept as the offline copy.
const pristine = root.dataset.page === 'guide' ? '<!doctype html>\n' + root.outerHTML.replace(/ class="js"/, '') : '';

function element(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (name === 'text') node.textContent = value;
    else if (name.startsWith('on')) node.addEventListener(name.slice(2), value);
    else node.setAttribute(name, value);
  }
  node.append(...children);
  return node;
}

function rememberLanguage() {
  document.querySelectorAll('#language-menu a[data-lang]').forEach(link => link.addEventListener('click', event => {
    document.cookie = `waymark-lang=${event.currentTarget.dataset.lang};path=/;max-age=31536000;samesite=lax`;
  }));
}

// ---- Search: results as the reader types, never touching what is typed -------------------------------------

function searchBox() {
  const input = $('#search');
  if (!input) return;
  let timer = 0;
  let settleTimer = 0;
  let sequence = 0;
  const lang = root.lang;
  const panel = () => $('#search-results') || (() => {
    const section = element('section', { id: 'search-results', 'aria-live': 'polite' });
    const main = $('#main');
    main.insertBefore(section, $('#countries', main) || main.firstChild);
    return section;
  })();
  const filters = () => {
    const form = $('#search-filters');
    const params = new URLSearchParams();
    if (form) {
      for (const name of ['country', 'card', 'operator', 'way']) {
        const value = form.elements[name]?.value;
        if (value) params.set(name === 'card' ? 'cardType' : name, value);
      }
    }
    return params;
  };
  const show = (query, hits) => {
    const target = panel();
    target.replaceChildren();
    if (!hits.length) {
      target.append(element('p', { id: 'search-none', text: fmt(T.searchNone, query) }));
      return;
    }
    const list = element('ul', { class: 'guides', id: 'search-hits' });
    for (const hit of hits) {
      const snippet = element('p', { class: 'snippet' });
      for (const part of hit.snippet) snippet.append(part.matched ? element('mark', { text: part.text }) : part.text);
      list.append(element('li', { class: 'hit' }, element('a', { class: 'guide-link', href: hit.url, text: hit.title }),
        ' ', element('span', { class: 'm', text: `${hit.countryName} · ${hit.cardTypes.join(' · ')}` }), snippet));
    }
    target.append(element('h2', { text: fmt(T.searchResults, query) }), list);
  };
  const run = async (settled) => {
    const query = input.value.trim();
    const mine = ++sequence;
    if (!query) {
      if (T.page === 'search' || T.page === 'home') panel().replaceChildren();
      return;
    }
    const params = filters();
    params.set('q', query);
    params.set('lang', lang);
    if (!settled) params.set('typing', 'true');
    try {
      const response = await fetch('/api/search?' + params, { headers: { Accept: 'application/json' } });
      if (!response.ok) throw new Error(String(response.status));
      const hits = await response.json();
      if (mine !== sequence) return; // an answer to an older query: a newer one is on its way
      show(query, hits);
      if (!hits.length && !settled) {
        // Counted for editors only once the reader has stopped at it.
        clearTimeout(settleTimer);
        settleTimer = setTimeout(() => { if (input.value.trim() === query) run(true); }, 2500);
      }
    } catch {
      if (mine === sequence) panel().replaceChildren(element('p', { class: 'note offline', text: T.searchOffline }));
    }
  };
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(() => run(false), 300);
  };
  input.addEventListener('compositionstart', () => clearTimeout(timer));
  input.addEventListener('compositionend', schedule);
  input.addEventListener('input', event => {
    // While an input method composes ("sai" on the way to 塞), nothing is searched: only committed text is.
    // (Chromium marks what an input method is still composing as insertCompositionText; its commit ends the
    // composition with compositionend, or arrives as plain inserted text.)
    if (event.inputType === 'insertCompositionText') return;
    schedule();
  });
  $('#search-filters')?.addEventListener('change', event => event.currentTarget.submit());
}

// ---- Offline copies -------------------------------------------------------------------------------------------

const saved = () => read(SAVED, {});

async function saveCopy(url, meta) {
  if (!('caches' in window)) return false;
  try {
    const cache = await caches.open(GUIDES);
    await cache.put(url, new Response(pristine, { headers: { 'Content-Type': 'text/html; charset=utf-8' } }));
    const all = saved();
    all[url] = { ...meta, savedAt: new Date().toISOString() };
    write(SAVED, all);
    write(UNSAVED, read(UNSAVED, []).filter(other => other !== url));
    return true;
  } catch {
    return false;
  }
}

/**
 * Keeps a saved guide's pictures (the width a phone shows, named by each picture's data-offline) until they would
 * take more than the budget; then keeps none, unless the reader asked for them anyway. Records what it kept.
 */
async function keepPictures(url, addresses, anyway) {
  if (!('caches' in window) || !saved()[url]) return;
  let bytes = 0;
  const kept = [];
  try {
    const cache = await caches.open(PICTURES);
    for (const address of addresses) {
      let response = await cache.match(address);
      if (!response) {
        response = await fetch(address);
        if (!response.ok) continue;
        await cache.put(address, response.clone());
      }
      bytes += (await response.blob()).size;
      kept.push(address);
      if (bytes > PICTURE_BUDGET && !anyway) break;
    }
  } catch {
    // Offline or storage full: what was kept so far stays, and is reported.
  }
  const over = bytes > PICTURE_BUDGET && !anyway;
  if (over) await forgetPictures(kept, url);
  const all = saved();
  if (!all[url]) return;
  all[url].pictures = over ? { count: 0, bytes, over: true, urls: [] } : { count: kept.length, bytes, urls: kept };
  write(SAVED, all);
}

/** Drops pictures no other saved copy keeps. */
async function forgetPictures(addresses, copyUrl) {
  if (!('caches' in window) || !addresses.length) return;
  const inUse = new Set(Object.entries(saved()).filter(([other]) => other !== copyUrl)
    .flatMap(([, copy]) => copy.pictures?.urls || []));
  const cache = await caches.open(PICTURES);
  for (const address of addresses) if (!inUse.has(address)) await cache.delete(address);
}

async function removeCopy(url) {
  await forgetPictures(saved()[url]?.pictures?.urls || [], url);
  const all = saved();
  delete all[url];
  write(SAVED, all);
  write(UNSAVED, [...new Set([...read(UNSAVED, []), url])]);
  if ('caches' in window) await (await caches.open(GUIDES)).delete(url);
}

function registerWorker() {
  if (!('serviceWorker' in navigator)) return;
  const register = () => navigator.serviceWorker.register('/sw.js').catch(() => {});
  if (document.readyState === 'complete') setTimeout(register, 1000);
  else addEventListener('load', () => setTimeout(register, 1000));
}

// ---- The guide page ------------------------------------------------------------------------------------------

function guidePage() {
  const slug = root.dataset.slug;
  const progressKey = 'waymark:progress:' + slug;
  const ticked = new Set((localStorage.getItem(progressKey) || '').split(',').filter(Boolean));
  const saveTicks = () => {
    try {
      localStorage.setItem(progressKey, [...ticked].slice(-500).join(','));
    } catch {
      // Storage full or disabled.
    }
  };
  let following = read('waymark:follow', false);
  const current = {}; // way kind -> index of the step shown one at a time
  const finished = {}; // way kind -> the reader pressed "finish" on the last step
  const main = $('#main');
  const pageUrl = () => location.pathname + location.search;

  const openWay = () => $('.way[data-open]', main);
  const steps = way => $$('.step', way);

  function enhance() {
    $$('.report-step, .show-phrase, #tools, #feedback', main).forEach(node => { node.hidden = false; });
    const wanted = location.hash.startsWith('#way-') && $(location.hash.replace(/[^#\w-]/g, ''), main);
    const ways = $$('.way', main);
    if (wanted) ways.forEach(way => way.toggleAttribute('data-open', way === wanted));
    for (const way of ways) {
      const kind = way.dataset.kind;
      if (current[kind] === undefined || current[kind] >= steps(way).length) current[kind] = firstOpen(way);
    }
    applyWays();
    applyTicks();
  }

  function firstOpen(way) {
    const index = steps(way).findIndex(step => !ticked.has(step.dataset.id));
    return index < 0 ? Math.max(0, steps(way).length - 1) : index;
  }

  function applyWays() {
    for (const way of $$('.way', main)) {
      const open = way.hasAttribute('data-open');
      $('.way-toggle', way)?.setAttribute('aria-expanded', String(open));
      $('.way-body', way).hidden = !open;
    }
  }

  function applyTicks() {
    for (const box of $$('.req-tick, .check-tick', main)) box.checked = ticked.has(box.dataset.id);
    for (const way of $$('.way', main)) {
      const list = steps(way);
      let done = 0;
      for (const step of list) {
        const on = ticked.has(step.dataset.id);
        $('.step-tick', step).checked = on;
        step.classList.toggle('ticked', on);
        if (on) done++;
      }
      const all = list.length > 0 && done === list.length;
      way.classList.toggle('done', all);
      const progress = $('.progress', way);
      if (progress) {
        progress.textContent = all ? '✓ ' + T.wayDone : fmt(T.progress, done, list.length);
        progress.classList.toggle('done', all);
      }
    }
    applyFollow();
  }

  function applyFollow() {
    const bar = $('#follow-bar', main);
    const toggle = $('#follow-mode', main);
    if (toggle) {
      toggle.textContent = following ? T.followOn : T.followOff;
      toggle.setAttribute('aria-pressed', String(following));
    }
    main.classList.toggle('following', following);
    for (const way of $$('.way', main)) {
      const kind = way.dataset.kind;
      const list = steps(way);
      const active = following && way.hasAttribute('data-open');
      list.forEach((step, index) => { step.hidden = active && (finished[kind] || index !== current[kind]); });
      let done = $('.finished', way);
      if (active && finished[kind]) {
        if (!done) {
          done = element('p', { class: 'finished', role: 'status' });
          $('.steps', way).after(done);
        }
        done.textContent = '✓ ' + fmt(T.finished, list.length);
      } else if (done) {
        done.remove();
      }
    }
    const way = openWay();
    if (!bar) return;
    bar.hidden = !following || !way || steps(way).length === 0;
    if (bar.hidden) return;
    const kind = way.dataset.kind;
    const list = steps(way);
    const index = current[kind];
    const step = list[index];
    $('#follow-count', bar).textContent = finished[kind] ? T.wayDone : fmt(T.stepOf, step.dataset.n, list.length);
    $('#previous-step', bar).disabled = index === 0 && !finished[kind];
    const next = $('#next-step', bar);
    next.disabled = !!finished[kind];
    next.dataset.label ||= next.textContent;
    next.textContent = index === list.length - 1 ? T.finish : next.dataset.label;
  }

  // One listener for the whole page: it survives a change of situation, which replaces the content.
  main.addEventListener('change', event => {
    const box = event.target;
    if (box instanceof Element && box.closest('#situation')) {
      changeSituation();
      return;
    }
    if (!(box instanceof HTMLInputElement) || box.type !== 'checkbox') return;
    const id = box.dataset.id || box.closest('.step')?.dataset.id;
    if (!id) return;
    if (box.checked) ticked.add(id);
    else ticked.delete(id);
    saveTicks();
    applyTicks();
  });

  main.addEventListener('click', event => {
    const target = event.target instanceof Element ? event.target : null;
    const toggle = target?.closest('.way-toggle');
    if (toggle) {
      const way = toggle.closest('.way');
      const wasOpen = way.hasAttribute('data-open');
      for (const other of $$('.way', main)) other.toggleAttribute('data-open', other === way && !wasOpen);
      if (!wasOpen) history.replaceState(history.state, '', '#' + way.id);
      applyWays();
      applyFollow();
      return;
    }
    if (target?.closest('#follow-mode')) {
      following = !following;
      write('waymark:follow', following);
      if (following && !openWay()) $('.way', main)?.setAttribute('data-open', '');
      applyWays();
      applyFollow();
      return;
    }
    if (target?.closest('#next-step') || target?.closest('#previous-step')) {
      const way = openWay();
      if (!way) return;
      const kind = way.dataset.kind;
      const last = steps(way).length - 1;
      if (target.closest('#next-step')) {
        if (current[kind] < last) current[kind]++;
        else finished[kind] = true;
      } else if (finished[kind]) {
        finished[kind] = false;
      } else if (current[kind] > 0) {
        current[kind]--;
      }
      applyFollow();
      way.scrollIntoView({ block: 'start' });
      return;
    }
    if (target?.closest('.show-phrase')) {
      showPhrases();
      return;
    }
    const report = target?.closest('.report-step');
    if (report) {
      reportStep(report);
      return;
    }
    const feedback = target?.closest('#feedback button');
    if (feedback) sendFeedback(feedback);
  });

  function showPhrases() {
    const dialog = $('#phrase-card');
    const cards = $('.cards', dialog);
    cards.replaceChildren(...$$('#phrases .phrase', main).map(card => card.cloneNode(true)));
    dialog.showModal();
    navigator.wakeLock?.request('screen').then(lock => dialog.addEventListener('close', () => lock.release(),
      { once: true })).catch(() => {});
  }

  async function post(body) {
    const response = await fetch('/api/reports', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify({ slug, revision: Number(root.dataset.revision), ...body }),
    });
    return response.status;
  }

  function reportStep(button) {
    const dialog = $('#report-dialog');
    const form = $('form', dialog);
    form.reset();
    $('#report-state', dialog).textContent = '';
    dialog.returnValue = '';
    dialog.showModal();
    dialog.addEventListener('close', async () => {
      if (dialog.returnValue !== 'send') return;
      const note = element('p', { class: 'm', role: 'status' });
      button.replaceWith(note);
      let status = 0;
      try {
        status = await post({ way: button.dataset.way, step: Number(button.dataset.step),
          kind: form.elements.kind.value, comment: form.elements.comment.value });
      } catch {
        status = 0;
      }
      note.textContent = status === 201 ? T.reportThanks : status === 429 ? T.reportRateLimited : T.reportFailed;
      if (status !== 201) note.after(button);
    }, { once: true });
  }

  async function sendFeedback(button) {
    const section = $('#feedback', main);
    let status = 0;
    try {
      status = await post({ kind: button.dataset.kind });
    } catch {
      status = 0;
    }
    if (status === 201) section.replaceChildren(element('p', { text: T.feedbackThanks }));
    else section.append(element('p', { class: 'm', text: status === 429 ? T.reportRateLimited : T.reportFailed }));
  }

  // A new situation: fetched as a whole page and swapped in, the old steps staying on screen until it arrives.
  async function changeSituation() {
    const situation = $('#situation', main);
    const params = new URLSearchParams(new FormData(situation));
    for (const [name, value] of [...params]) if (!value) params.delete(name);
    const url = `/guides/${slug}?${params}`;
    const state = $('#situation-state', main);
    state.textContent = T.situationLoading;
    main.setAttribute('aria-busy', 'true');
    try {
      const response = await fetch(url, { headers: { Accept: 'text/html' } });
      if (!response.ok) throw new Error(String(response.status));
      const next = new DOMParser().parseFromString(await response.text(), 'text/html');
      const chosen = new FormData(situation);
      main.replaceChildren(...$$('#main > *', next));
      root.dataset.revision = next.documentElement.dataset.revision;
      document.title = next.title;
      history.replaceState(history.state, '', url);
      for (const [name, value] of chosen) {
        const field = $('#situation', main)?.elements[name];
        if (field) field.value = value;
      }
      enhance();
      offline();
    } catch {
      // Offline, or the server is unreachable: keep the steps the reader had, and the form as it was.
      const shown = new URLSearchParams(location.search);
      for (const select of $$('select', situation)) select.value = shown.get(select.name) || '';
      state.textContent = T.situationOffline;
    } finally {
      main.removeAttribute('aria-busy');
    }
  }

  // Offline: saved automatically when opened online (unless the reader removed it), with an explicit control.
  async function offline() {
    const url = pageUrl();
    // The situation as the reader chose it ("eSIM · Yettel"): one guide may be saved for several.
    const situation = $$('#situation select', main).filter(select => select.value)
      .map(select => select.selectedOptions[0]?.textContent || select.value).join(' · ');
    const meta = { title: $('#guide-title', main)?.textContent || document.title, situation, slug, lang: root.lang,
      revision: Number(root.dataset.revision), published: root.dataset.published };
    const button = $('#save-offline', main);
    const stateLine = $('#offline-state', main);
    const pictureLine = $('#offline-pictures', main);
    const pictures = [...new Set($$('img[data-offline]', main).map(img => img.dataset.offline))];
    const renderPictures = copy => {
      if (!pictureLine) return;
      pictureLine.hidden = !copy || !pictures.length;
      if (pictureLine.hidden) return;
      const kept = copy.pictures;
      if (kept?.over) {
        const anyway = element('button', { type: 'button', class: 'link', id: 'save-pictures', text: T.offlinePicturesAnyway });
        anyway.addEventListener('click', async () => {
          anyway.disabled = true;
          await keepPictures(url, pictures, true);
          render();
        });
        pictureLine.replaceChildren(fmt(T.offlinePicturesOver, Math.round(PICTURE_BUDGET / 1024)), ' ', anyway);
      } else {
        pictureLine.replaceChildren(kept ? fmt(T.offlinePictures, kept.count, Math.max(1, Math.round(kept.bytes / 1024)))
          : T.offlinePicturesPending);
      }
    };
    // Pictures are kept once the reader reaches the first one: a reader who never scrolls that far pays nothing
    // for them on roaming data, and the page stays within its weight before the first picture shows.
    const keepWhenSeen = () => {
      const figures = $$('figure.fig', main);
      if (!figures.length || !('IntersectionObserver' in window)) return;
      const observer = new IntersectionObserver(async entries => {
        if (!entries.some(entry => entry.isIntersecting)) return;
        observer.disconnect();
        const copy = saved()[url];
        if (copy && !copy.pictures && !isOffline()) {
          await keepPictures(url, pictures, false);
          render();
        }
      });
      figures.forEach(figure => observer.observe(figure));
    };
    const render = () => {
      const copy = saved()[url];
      renderPictures(copy);
      if (!button) return;
      button.textContent = copy ? T.offlineRemove : T.offlineSave;
      button.dataset.saved = copy ? '1' : '';
      stateLine.hidden = !copy && !isOffline();
      stateLine.classList.toggle('offline', isOffline());
      stateLine.textContent = isOffline()
        ? (copy ? fmt(T.offlineNow, when(copy.savedAt)) : T.offlineNotSaved)
        : (copy ? fmt(T.offlineSaved, when(copy.savedAt)) : '');
    };
    if (!isOffline() && !read(UNSAVED, []).includes(url)) {
      const copy = saved()[url];
      if (!copy || copy.revision !== meta.revision) await saveCopy(url, meta);
    }
    render();
    if (pictures.length && saved()[url] && !saved()[url].pictures) keepWhenSeen();
    if (button && !button.dataset.bound) {
      button.dataset.bound = '1';
      button.addEventListener('click', async () => {
        if (saved()[pageUrl()]) await removeCopy(pageUrl());
        else {
          await saveCopy(pageUrl(), meta);
          // Asked for: the pictures now, within the budget.
          await keepPictures(pageUrl(), [...new Set($$('img[data-offline]', main).map(img => img.dataset.offline))],
            false);
        }
        offline();
      });
      addEventListener('online', () => { render(); checkForUpdate(); });
      addEventListener('offline', render);
    }
  }

  // Back online with an older copy: say so, and update on request (ticks are kept where the steps still exist).
  async function checkForUpdate() {
    if (isOffline()) return;
    try {
      const response = await fetch(`/api/guides/${slug}/revision`, { cache: 'no-cache' });
      if (!response.ok) return;
      const latest = await response.json();
      if (latest.revision <= Number(root.dataset.revision)) return;
      const banner = $('#update', main);
      const button = element('button', { type: 'button', class: 'primary', text: T.update });
      banner.replaceChildren(fmt(T.updateAvailable, when(latest.publishedAt)), ' ', button);
      banner.hidden = false;
      button.addEventListener('click', async () => {
        button.disabled = true;
        button.textContent = T.updating;
        const fresh = await fetch(pageUrl(), { cache: 'reload', headers: { Accept: 'text/html' } });
        if (fresh.ok && 'caches' in window) await (await caches.open(GUIDES)).put(pageUrl(), fresh);
        const all = saved();
        if (all[pageUrl()]) {
          all[pageUrl()].savedAt = new Date().toISOString();
          all[pageUrl()].revision = latest.revision;
          write(SAVED, all);
        }
        location.reload();
      });
    } catch {
      // Still offline after all: nothing to offer.
    }
  }

  enhance();
  offline();
  checkForUpdate();
}

// ---- The home page: the guides saved on this phone, and a plain word when offline ----------------------------

function homePage() {
  const section = $('#saved');
  if (!section) return;
  const render = () => {
    const all = Object.entries(saved()).sort((a, b) => b[1].savedAt.localeCompare(a[1].savedAt));
    section.replaceChildren();
    if (isOffline()) {
      section.append(element('p', { class: 'note offline', id: 'offline-home',
        text: all.length ? T.offlineHome : T.offlineNone }));
    }
    if (all.length) {
      const list = element('ul', { class: 'saved-list', id: 'saved-guides' });
      for (const [url, copy] of all) {
        const remove = element('button', { type: 'button', class: 'link', text: T.offlineRemove });
        remove.addEventListener('click', async () => { await removeCopy(url); render(); });
        const title = copy.situation ? `${copy.title} (${copy.situation})` : copy.title;
        list.append(element('li', {}, element('a', { href: url, text: title }), ' ',
          element('span', { class: 'm', text: fmt(T.offlineSavedAt, when(copy.savedAt)) }), remove));
      }
      section.append(element('h2', { text: T.savedGuides }), list);
    }
    section.hidden = !section.childElementCount;
  };
  render();
  addEventListener('online', render);
  addEventListener('offline', render);
}

rememberLanguage();
searchBox();
if (T.page === 'guide') guidePage();
if (T.page === 'home') homePage();
registerWorker();
root.dataset.ready = '1';
