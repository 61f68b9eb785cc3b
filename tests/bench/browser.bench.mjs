// The built book in headless Chromium, as a reader feels it. Prints one JSON object:
//   latency: per widget, input event -> the frame that shows the update
//            (median, p95 over scripted slider moves), with the runtime's
//            compute / view / draw split for the same moves
//   cold:    per chapter page, ms from navigation to the first drawn widget
//            on a cold cache (median of a few loads)
//   bytes:   per chapter page, what a cold load transfers, raw and gzipped,
//            by kind (js, wasm, css, font, html, other)
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launch, root, serve, widgetsDrawn } from '../e2e/harness.mjs';
import { median, quantile } from './stats.mjs';

const MOVES = Number(process.env.BENCH_MOVES || 100);
const WARMUP = 5;
const COLD_LOADS = Number(process.env.BENCH_COLD_LOADS || 3);
const dist = `${root}dist/`;
const log = (s) => process.stderr.write(`  ${s}\n`);

/** Every page of the built book and the widgets it shows, in page order. */
function pagesWithWidgets() {
  return readdirSync(dist)
    .filter((f) => f.endsWith('.html') && f !== '404.html')
    .sort()
    .map((file) => ({ file, widgets: [...readFileSync(dist + file, 'utf8').matchAll(/<stepwise-widget[^>]*\sname="([^"]+)"/g)].map((m) => m[1]) }))
    .filter((p) => p.widgets.length);
}

const kindOf = (path) => {
  const ext = extname(path).toLowerCase();
  if (['.js', '.mjs'].includes(ext)) return 'js';
  if (ext === '.wasm') return 'wasm';
  if (ext === '.css') return 'css';
  if (['.woff', '.woff2', '.ttf', '.otf'].includes(ext)) return 'font';
  if (ext === '.html' || ext === '') return 'html';
  return 'other';
};

const gzCache = new Map();
function sizes(file) {
  if (!gzCache.has(file)) {
    const bytes = readFileSync(file);
    gzCache.set(file, { raw: bytes.length, gzip: gzipSync(bytes, { level: 6 }).length });
  }
  return gzCache.get(file);
}

/** Sums the files a page fetched, by kind; the sizes are those of the files in dist/. */
function transfer(urls, base) {
  const byKind = {};
  const files = [];
  for (const u of new Set(urls)) {
    let path = decodeURIComponent(new URL(u).pathname).slice(new URL(base).pathname.length);
    if (path === '' || path.endsWith('/')) path += 'index.html';
    const file = dist + path;
    let s;
    try {
      if (!statSync(file).isFile()) continue;
      s = sizes(file);
    } catch {
      continue;
    }
    const k = kindOf(path);
    byKind[k] ??= { raw: 0, gzip: 0 };
    byKind[k].raw += s.raw;
    byKind[k].gzip += s.gzip;
    files.push({ path, ...s });
  }
  const total = Object.values(byKind).reduce((a, b) => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip }), { raw: 0, gzip: 0 });
  return { total, byKind, largest: files.sort((a, b) => b.gzip - a.gzip).slice(0, 5) };
}

async function coldLoad(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const urls = [];
  page.on('request', (r) => urls.push(r.url()));
  await page.addInitScript(() => {
    document.addEventListener('stepwise-update', () => (window.__swFirstDraw ??= performance.now()), true);
  });
  await page.goto(url, { waitUntil: 'load' });
  await widgetsDrawn(page, 60000);
  await page.waitForLoadState('networkidle');
  const first = await page.evaluate(() => window.__swFirstDraw ?? null);
  await context.close();
  return { first, urls };
}

/** Waits in the page for the widget's next update; resolves with input->frame ms and the stage split. */
function armProbe(page, index) {
  return page.evaluate((i) => {
    const w = document.querySelectorAll('stepwise-widget')[i];
    return new Promise((resolve) => {
      let input = null;
      const onInput = (e) => (input ??= e.timeStamp);
      w.addEventListener('input', onInput, true);
      const done = (e) => {
        w.removeEventListener('input', onInput, true);
        w.removeEventListener('stepwise-update', done);
        w.removeEventListener('stepwise-error', done);
        // A task queued now runs after the rendering of the current frame,
        // so its time is when the update reached the screen.
        const ch = new MessageChannel();
        ch.port1.onmessage = () =>
          resolve({ ms: input === null ? null : performance.now() - input, error: e.type === 'stepwise-error', ...(e.detail?.timing ?? {}) });
        ch.port2.postMessage(0);
      };
      w.addEventListener('stepwise-update', done);
      w.addEventListener('stepwise-error', done);
      window.__swArmed = true;
    });
  }, index);
}

async function latency(browser, url, name) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  await widgetsDrawn(page, 60000);
  const index = await page.$$eval('stepwise-widget', (ws, n) => ws.findIndex((w) => w.getAttribute('name') === n), name);
  const el = page.locator('stepwise-widget').nth(index);
  await el.scrollIntoViewIfNeeded();
  // widgetsDrawn sees the first plot; the summary is written once every plot is drawn.
  await page.waitForFunction((i) => document.querySelectorAll('stepwise-widget')[i].shadowRoot.querySelector('.sw-summary')?.textContent, index, { timeout: 60000 });
  const sliders = el.locator('input[type=range]:not([disabled])');
  const n = await sliders.count();
  if (!n) {
    await context.close();
    return { sliders: 0 };
  }
  const worker = await el.evaluate((w) => !!(w.def?.worker || w.def?.train));
  const moves = worker ? Math.min(MOVES, 20) : MOVES;
  // Each slider goes one step away from its start and back, in turn.
  const direction = [];
  for (let i = 0; i < n; i++) direction.push((await sliders.nth(i).evaluate((s) => s.value === s.max)) ? 'ArrowLeft' : 'ArrowRight');
  const flip = (k) => (k === 'ArrowLeft' ? 'ArrowRight' : 'ArrowLeft');
  const samples = [];
  let errors = 0;
  for (let m = 0; m < moves + WARMUP; m++) {
    const i = m % n;
    if (n > 1 || m === 0) await sliders.nth(i).focus();
    const probe = armProbe(page, index);
    await page.waitForFunction(() => window.__swArmed === true);
    await page.evaluate(() => (window.__swArmed = false));
    await page.keyboard.press(direction[i]);
    direction[i] = flip(direction[i]);
    const r = await Promise.race([probe, new Promise((res) => setTimeout(() => res({ timeout: true }), worker ? 60000 : 10000))]);
    if (r.timeout) throw new Error(`${name}: no update within the time limit after a slider move`);
    if (r.error) errors++;
    else if (m >= WARMUP && r.ms !== null) samples.push(r);
    // A random pause, so inputs land at every phase of the frame.
    await page.waitForTimeout(5 + Math.random() * 20);
  }
  await context.close();
  const stat = (k) => ({ median: median(samples.map((s) => s[k])), p95: quantile(samples.map((s) => s[k]), 0.95) });
  return { sliders: n, worker, moves: samples.length, errors, toFrame: stat('ms'), compute: stat('compute'), view: stat('view'), draw: stat('draw') };
}

const server = await serve();
const browser = await launch();
const browserVersion = browser.version();
const out = { latency: {}, cold: {}, bytes: {} };
try {
  const pages = pagesWithWidgets();
  for (const p of pages) {
    const loads = [];
    for (let i = 0; i < COLD_LOADS; i++) loads.push(await coldLoad(browser, server.url + p.file));
    // null: no widget announced a drawn update (stepwise-update) on that load.
    const firsts = loads.map((l) => l.first).filter((t) => t !== null);
    out.cold[p.file] = { firstWidgetMs: firsts.length ? median(firsts) : null, loads: loads.map((l) => (l.first === null ? null : Math.round(l.first))) };
    out.bytes[p.file] = transfer(loads[0].urls, server.url);
    log(`${p.file}: first widget ${out.cold[p.file].firstWidgetMs} ms, ${Math.round(out.bytes[p.file].total.gzip / 1024)} KB gzip`);
  }
  const seen = new Set();
  for (const p of pages)
    for (const name of p.widgets) {
      if (seen.has(name)) continue;
      seen.add(name);
      try {
        out.latency[name] = { page: p.file, ...(await latency(browser, server.url + p.file, name)) };
      } catch (e) {
        out.latency[name] = { page: p.file, error: e.message };
      }
      log(`${name}: ${JSON.stringify(out.latency[name].toFrame ?? out.latency[name])}`);
    }
} finally {
  await browser.close();
  server.stop();
}
out.chromium = browserVersion;
console.log(JSON.stringify(out));
