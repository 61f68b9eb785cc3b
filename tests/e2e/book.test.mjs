// The built book in headless Chromium: every page loads cleanly, every widget
// draws and reacts to the keyboard, and chapter 1's state survives a reload.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { artifacts, nextEvent, root, useBook, watchedPage, widgetsDrawn } from './harness.mjs';

const book = useBook();

const pages = readdirSync(`${root}dist`).filter((f) => f.endsWith('.html') && f !== '404.html').sort();

test('the book has a page per chapter, the homework index and the home page', () => {
  for (const p of ['index.html', 'homework.html', '01-step-size-stability.html', '11-landscapes.html']) assert.ok(pages.includes(p), p);
});

for (const file of pages) {
  test(`${file}: loads with no console error or failed request, and every widget draws and reacts`, async () => {
    const { page, context, problems } = await watchedPage(book.browser);
    await page.goto(book.server.url + file, { waitUntil: 'load' });
    const widgets = await widgetsDrawn(page);
    for (const w of widgets) assert.equal(w.error, null, `${w.name}: ${w.error}`);
    for (let i = 0; i < widgets.length; i++) {
      const el = page.locator('stepwise-widget').nth(i);
      const slider = el.locator('input[type=range]:not([disabled])').first();
      if ((await slider.count()) === 0) continue;
      const before = await el.evaluate((w) => JSON.stringify(w.params));
      const updated = await nextEvent(el);
      await slider.focus();
      const atMax = await slider.evaluate((s) => s.value === s.max);
      await page.keyboard.press(atMax ? 'ArrowLeft' : 'ArrowRight');
      assert.equal(await updated(), 'update');
      assert.notEqual(await el.evaluate((w) => JSON.stringify(w.params)), before, `${widgets[i].name}: keyboard did not change a parameter`);
    }
    assert.deepEqual(problems, []);
    await context.close();
  });
}

// The page's own chunks are named name.hash.js; the Worker bundle's
// (name-hash.js) belong to another module map and cannot be preloaded by the page.
for (const file of ['05-ridge.html', '09-training-mlps.html']) {
  test(`${file}: its head announces every page script and the .wasm its widgets load`, async () => {
    const html = readFileSync(`${root}dist/${file}`, 'utf8');
    const announced = new Set([...html.matchAll(/<(?:link[^>]*rel="(?:modulepreload|preload)"|script)[^>]*?(?:href|src)="([^"]+)"/g)].map((m) => m[1]));
    const { page, context, problems } = await watchedPage(book.browser);
    const fetched = [];
    page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
    await page.goto(book.server.url + file, { waitUntil: 'load' });
    await widgetsDrawn(page);
    const ours = fetched.filter((p) => /\.wasm$|\.[\w-]{8}\.js$/.test(p));
    assert.ok(ours.some((p) => p.endsWith('.wasm')) && ours.some((p) => /\/plotly\./.test(p)), `expected the .wasm and Plotly among ${ours}`);
    assert.deepEqual(ours.filter((p) => !announced.has(p)), [], 'fetched without a preload link');
    assert.deepEqual(problems, []);
    await context.close();
  });
}

test('chapter 1: keyboard changes the plot and the URL; reloading the URL restores the state', async () => {
  const { page, context, problems } = await watchedPage(book.browser);
  await page.goto(book.server.url + '01-step-size-stability.html');
  await widgetsDrawn(page);
  const widget = page.locator('stepwise-widget[name="lr-stability"]').first();
  const summaryBefore = await widget.locator('.sw-summary').textContent();
  const slider = widget.locator('.ctl[data-param="eta"] input[type=range]');
  await slider.focus();
  for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
  await page.waitForFunction((s) => {
    const w = document.querySelector('stepwise-widget[name="lr-stability"]');
    const t = w.shadowRoot.querySelector('.sw-summary').textContent;
    return t !== s && !t.startsWith('Not updated');
  }, summaryBefore);
  const eta = await widget.evaluate((w) => w.params.eta);
  assert.notEqual(eta, 0.3);
  // The URL is written at most every 250 ms while a slider moves: wait for the last value.
  await page.waitForFunction((e) => new URLSearchParams(location.search).get('lr-stability.eta') === String(e), eta);
  const url = page.url();

  await page.goto(url);
  await widgetsDrawn(page);
  assert.equal(await widget.evaluate((w) => w.params.eta), eta);
  assert.equal(await widget.locator('.ctl[data-param="eta"] .ctl-number').inputValue(), String(eta));
  await widget.screenshot({ path: `${artifacts}/lr-stability.png` });
  assert.deepEqual(problems, []);
  await context.close();
});

test('chapter 1: a bad value gets a message beside its control and the widget keeps working', async () => {
  const { page, context, problems } = await watchedPage(book.browser);
  await page.goto(book.server.url + '01-step-size-stability.html');
  await widgetsDrawn(page);
  const widget = page.locator('stepwise-widget[name="lr-stability"]').first();
  const list = widget.locator('.ctl[data-param="sigma"] input');
  await list.fill('1, abc');
  const err = widget.locator('.ctl[data-param="sigma"] .ctl-error');
  await assert.doesNotReject(err.waitFor({ state: 'visible' }));
  assert.match(await err.textContent(), /number/);
  await list.fill('2, 0.5');
  await err.waitFor({ state: 'hidden' });
  await page.waitForFunction(() => document.querySelector('stepwise-widget').params.sigma.join() === '2,0.5');
  // A URL value out of range falls back to the default with a notice.
  await page.goto(book.server.url + '01-step-size-stability.html?lr-stability.eta=-4&lr-stability.zzz=1');
  await widgetsDrawn(page);
  assert.equal(await widget.evaluate((w) => w.params.eta), 0.3);
  assert.match(await widget.locator('.sw-notice').textContent(), /eta/);
  assert.deepEqual(problems, []);
  await context.close();
});
