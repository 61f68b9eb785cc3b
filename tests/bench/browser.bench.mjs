// The built book in headless Chromium, as a reader feels it. Prints one JSON object:
//   latency: per widget, input event -> the frame that shows the update
//            (median, p95 over scripted slider moves), with the runtime's
//            compute / view / draw split for the same moves
//            (each widget gets at most BENCH_WIDGET_CAP_S seconds, page load
//            included: a slow widget reports the moves it managed, marked capped)
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
/** Seconds one widget's slider moves (page load included) or one cold load may take. */
const WIDGET_CAP_MS = 1000 * Number(process.env.BENCH_WIDGET_CAP_S || 60);
const COLD_CAP_MS = 1000 * Number(process.env.BENCH_COLD_CAP_S || 60);
/** Optional comma-separated widget ids: only these get the slider moves (BENCH_WIDGETS=momentum,ridge-five-views). */
const ONLY = new Set((process.env.BENCH_WIDGETS || '').split(',').filter(Boolean));
/** BENCH_SKIP_COLD=1: no cold loads or byte counts (a quick latency run). */
const SKIP_COLD = process.env.BENCH_SKIP_COLD === '1';
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

/** Rejects after ms, naming what took too long. */
const cap = (ms, what) => new Promise((_, reject) => setTimeout(() => reject(new Error(`${what}: over the ${Math.round(ms / 1000)} s cap`)), ms).unref());

async function coldLoad(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const urls = [];
  page.on('request', (r) => urls.push(r.url()));
  try {
    await page.addInitScript(() => {
      document.addEventListener('stepwise-update', () => (window.__swFirstDraw ??= performance.now()), true);
    });
    const load = (async () => {
      await page.goto(url, { waitUntil: 'load' });
      await widgetsDrawn(page, COLD_CAP_MS);
      await page.waitForLoadState('networkidle');
    })();
    // The byte count stays useful when the load is cut short: it is what was fetched by then.
    const capped = await Promise.race([load.then(() => false), cap(COLD_CAP_MS, 'cold load')]).catch(() => true);
    const first = await page.evaluate(() => window.__swFirstDraw ?? null).catch(() => null);
    return { first, urls, capped };
  } finally {
    await context.close();
  }
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
  try {
    return await Promise.race([moves(context, url, name, performance.now() + WIDGET_CAP_MS), cap(WIDGET_CAP_MS + 15000, name)]);
  } finally {
    await context.close().catch(() => {});
  }
}

/** The scripted slider moves of one widget; stops early (capped) once the deadline passes. */
async function moves(context, url, name, deadline) {
  const left = () => deadline - performance.now();
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'load', timeout: Math.max(1000, left()) });
  await widgetsDrawn(page, Math.max(1000, left()));
  const index = await page.$$eval('stepwise-widget', (ws, n) => ws.findIndex((w) => w.getAttribute('name') === n), name);
  const el = page.locator('stepwise-widget').nth(index);
  await el.scrollIntoViewIfNeeded();
  // widgetsDrawn sees the first plot; the summary is written once every plot is drawn.
  await page.waitForFunction((i) => document.querySelectorAll('stepwise-widget')[i].shadowRoot.querySelector('.sw-summary')?.textContent, index, { timeout: Math.max(1000, left()) });
  const sliders = el.locator('input[type=range]:not([disabled])');
  const n = await sliders.count();
  if (!n) return { sliders: 0 };
  const worker = await el.evaluate((w) => !!(w.def?.worker || w.def?.train));
  const count = worker ? Math.min(MOVES, 20) : MOVES;
  // Each slider goes one step away from its start and back, in turn.
  const direction = [];
  for (let i = 0; i < n; i++) direction.push((await sliders.nth(i).evaluate((s) => s.value === s.max)) ? 'ArrowLeft' : 'ArrowRight');
  const flip = (k) => (k === 'ArrowLeft' ? 'ArrowRight' : 'ArrowLeft');
  const samples = [];
  let errors = 0;
  let capped = false;
  for (let m = 0; m < count + WARMUP; m++) {
    if (left() <= 0) {
      capped = true;
      break;
    }
    const i = m % n;
    if (n > 1 || m === 0) await sliders.nth(i).focus();
    const probe = armProbe(page, index);
    await page.waitForFunction(() => window.__swArmed === true);
    await page.evaluate(() => (window.__swArmed = false));
    await page.keyboard.press(direction[i]);
    direction[i] = flip(direction[i]);
    const limit = Math.min(worker ? 60000 : 10000, Math.max(1000, left()));
    const r = await Promise.race([probe, new Promise((res) => setTimeout(() => res({ timeout: true }), limit))]);
    if (r.timeout) {
      if (samples.length && left() <= 0) {
        capped = true;
        break;
      }
      throw new Error(`${name}: no update within ${Math.round(limit / 1000)} s after a slider move`);
    }
    if (r.error) errors++;
    else if (m >= WARMUP && r.ms !== null) samples.push(r);
    // A random pause, so inputs land at every phase of the frame.
    await page.waitForTimeout(5 + Math.random() * 20);
  }
  if (!samples.length) throw new Error(`${name}: no move measured within the ${Math.round(WIDGET_CAP_MS / 1000)} s cap`);
  const stat = (k) => ({ median: median(samples.map((s) => s[k])), p95: quantile(samples.map((s) => s[k]), 0.95) });
  const plots = await el.evaluate((w) => w.shadowRoot.querySelectorAll('.sw-plot').length);
  // redrawn: plots handed to Plotly per move (the runtime skips unchanged ones); absent before that runtime.
  return { sliders: n, worker, moves: samples.length, capped, errors, plots, toFrame: stat('ms'), compute: stat('compute'), view: stat('view'), draw: stat('draw'), redrawn: stat('redrawn') };
}

const server = await serve();
const browser = await launch();
const browserVersion = browser.version();
const out = { latency: {}, cold: {}, bytes: {} };
try {
  const pages = pagesWithWidgets();
  for (const p of SKIP_COLD ? [] : pages) {
    const loads = [];
    for (let i = 0; i < COLD_LOADS; i++) loads.push(await coldLoad(browser, server.url + p.file));
    // null: no widget announced a drawn update (stepwise-update) on that load.
    const firsts = loads.map((l) => l.first).filter((t) => t !== null);
    out.cold[p.file] = { firstWidgetMs: firsts.length ? median(firsts) : null, loads: loads.map((l) => (l.first === null ? null : Math.round(l.first))), capped: loads.some((l) => l.capped) };
    out.bytes[p.file] = transfer(loads[0].urls, server.url);
    log(`${p.file}: first widget ${out.cold[p.file].firstWidgetMs} ms, ${Math.round(out.bytes[p.file].total.gzip / 1024)} KB gzip`);
  }
  const seen = new Set();
  for (const p of pages)
    for (const name of p.widgets) {
      if (seen.has(name) || (ONLY.size && !ONLY.has(name))) continue;
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
