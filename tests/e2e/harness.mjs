// Serves the built book and drives headless Chromium (Debian's, never a
// downloaded one). Every page is watched for console errors, failed requests
// and requests that leave localhost.
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { after, before } from 'node:test';
import { chromium } from 'playwright-core';
import { serveStatic } from '../../scripts/lib/static-server.mjs';

export const root = new URL('../../', import.meta.url).pathname;
export const artifacts = `${root}tests/e2e/artifacts`;
mkdirSync(artifacts, { recursive: true });

/** The policy the book and the embeds must work under (docs: content/embedding.md). */
export const STRICT_CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";

/**
 * The book's policy: the strict one plus style attributes (KaTeX places every
 * glyph with them; Plotly marks heat-map images pixelated with one) and data:
 * images (VitePress's icons; Plotly paints heat maps into a PNG data URL).
 * content/embedding.md explains each.
 */
export const BOOK_CSP = `${STRICT_CSP}; style-src-attr 'unsafe-inline'; img-src 'self' data:`;

/** Serves the built book (scripts/lib/static-server.mjs); resolves once it listens. */
export async function serve({ outDir = 'dist', base = '/' } = {}) {
  const server = await serveStatic({ dir: `${root}${outDir}`, base });
  return { url: server.url, stop: server.close };
}

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run', '--disable-quic', '--disable-dev-shm-usage'],
  });
}

/** A page that records console errors, failed requests and off-host requests. */
export async function watchedPage(browser, opts = {}) {
  // The book's service worker would precache the whole build in the
  // background of every test; only the offline test asks for it.
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, serviceWorkers: 'block', ...opts });
  const page = await context.newPage();
  const problems = [];
  page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  // ERR_ABORTED is a request the page itself dropped (a prefetch cut short by
  // navigating away), not a failure.
  page.on('requestfailed', (r) => {
    const why = r.failure()?.errorText ?? '';
    if (!why.includes('ERR_ABORTED')) problems.push(`failed request: ${r.url()} (${why})`);
  });
  page.on('request', (r) => {
    const u = new URL(r.url());
    if (!['127.0.0.1', 'localhost'].includes(u.hostname) && !['data:', 'blob:'].includes(u.protocol))
      problems.push(`request left the machine: ${r.url()}`);
  });
  page.on('response', (r) => r.status() >= 400 && problems.push(`HTTP ${r.status()}: ${r.url()}`));
  return { page, context, problems };
}

/** Waits until every widget on the page has drawn (or shown an error). */
export async function widgetsDrawn(page, timeout = 60000) {
  await page.waitForFunction(
    () => [...document.querySelectorAll('stepwise-widget')].every((w) => {
      const r = w.shadowRoot;
      // Plotted and summarised (the summary comes last), or a visible error.
      return r && ((r.querySelector('.js-plotly-plot .main-svg') && r.querySelector('.sw-summary')?.textContent) || r.querySelector('.sw-error:not([hidden])'));
    }),
    null,
    { timeout },
  );
  return page.$$eval('stepwise-widget', (ws) => ws.map((w) => ({
    name: w.getAttribute('name'),
    error: w.shadowRoot.querySelector('.sw-error:not([hidden])')?.textContent ?? null,
    summary: w.shadowRoot.querySelector('.sw-summary')?.textContent ?? '',
  })));
}

/** The built book's pages (optionally only those with a widget), sorted. */
export function bookPages({ withWidgets = false } = {}) {
  return readdirSync(`${root}dist`)
    .filter((f) => f.endsWith('.html') && f !== '404.html')
    .filter((f) => !withWidgets || readFileSync(`${root}dist/${f}`, 'utf8').includes('<stepwise-widget'))
    .sort();
}

/** A watched page in VitePress's light or dark theme (it reads the stored choice). */
export async function themedPage(browser, theme, opts = {}) {
  const w = await watchedPage(browser, { colorScheme: theme, ...opts });
  await w.context.addInitScript((t) => localStorage.setItem('vitepress-theme-appearance', t), theme);
  return w;
}

/**
 * Starts listening for the widget's next update or error event; the returned
 * function resolves with 'update', 'error: <message>' or 'timeout' (45 s: a
 * Worker widget at the end of its ranges may compute for a while).
 * The listener is in place before this resolves, so no event can slip past.
 */
export async function nextEvent(el) {
  await el.evaluate((w) => {
    w.nextEventForTest = new Promise((res) => {
      const done = (e) => {
        w.removeEventListener('stepwise-update', done);
        w.removeEventListener('stepwise-error', done);
        clearTimeout(timer);
        res(!e ? 'timeout' : e.type === 'stepwise-error' ? `error: ${e.detail.message}` : 'update');
      };
      const timer = setTimeout(done, 45000);
      w.addEventListener('stepwise-update', done);
      w.addEventListener('stepwise-error', done);
    });
  });
  return () => el.evaluate((w) => w.nextEventForTest);
}

/**
 * For a test file: serves the built book and launches Chromium before its
 * tests, and stops both after. The returned object's `server` and `browser`
 * are set once the tests run.
 */
export function useBook() {
  const book = {};
  before(async () => {
    book.server = await serve();
    book.browser = await launch();
  });
  after(async () => {
    await book.browser?.close();
    book.server?.stop();
  });
  return book;
}

/**
 * Presses an arrow key on the widget's first free slider and waits for the
 * redraw; resolves with the new params (null for a widget without sliders).
 */
export async function nudge(page, widget) {
  const slider = widget.locator('input[type=range]:not([disabled])').first();
  if ((await slider.count()) === 0) return null;
  const before = await widget.evaluate((w) => JSON.stringify(w.params));
  const updated = await nextEvent(widget);
  await slider.focus();
  await page.keyboard.press((await slider.evaluate((s) => s.value === s.max)) ? 'ArrowLeft' : 'ArrowRight');
  if ((await updated()) !== 'update') throw new Error('the widget did not redraw');
  const after = await widget.evaluate((w) => JSON.stringify(w.params));
  if (after === before) throw new Error('the keyboard did not change a parameter');
  return JSON.parse(after);
}
