// Faults in the built book: a trapped engine is replaced and the widget
// recovers; every slider driven to both ends never puts NaN or Infinity on a
// plot or in the text; hostile URL and embed attributes are ignored with a
// notice and never become HTML.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bookPages, nextEvent, useBook, watchedPage, widgetsDrawn } from './harness.mjs';

const book = useBook();

const pages = bookPages({ withWidgets: true });

async function press(page, el, slider, key) {
  const event = await nextEvent(el);
  await slider.focus();
  await page.keyboard.press(key);
  return event();
}

for (const file of pages) {
  test(`faults: ${file}: a trapped engine is replaced and every widget keeps working`, async () => {
    const { page, context, problems } = await watchedPage(book.browser);
    await page.goto(book.server.url + file, { waitUntil: 'load' });
    const widgets = await widgetsDrawn(page);
    for (let i = 0; i < widgets.length; i++) {
      const el = page.locator('stepwise-widget').nth(i);
      const slider = el.locator('input[type=range]:not([disabled])').first();
      if ((await el.evaluate((w) => w.usesWorker)) || !(await slider.count())) continue;
      const generation = await page.evaluate(() => {
        // Every bound function now throws from inside the C++ call, as a trap does.
        const engine = customElements.get('stepwise-widget').engine;
        for (const [name, f] of Object.entries(engine.raw))
          if (typeof f === 'function' && typeof f.argCount === 'number')
            engine.raw[name] = () => f(new Proxy({}, { get() { throw new WebAssembly.RuntimeError('forced trap'); } }));
        return engine.generation;
      });
      const atMax = await slider.evaluate((s) => s.value === s.max);
      assert.match(await press(page, el, slider, atMax ? 'ArrowLeft' : 'ArrowRight'), /error: .*stopped/);
      assert.match(await el.locator('.sw-error[role=alert]').textContent(), /restarted/);
      await page.waitForFunction((g) => customElements.get('stepwise-widget').engine.generation === g + 1, generation);
      assert.equal(await press(page, el, slider, atMax ? 'ArrowRight' : 'ArrowLeft'), 'update', `${widgets[i].name} did not recover`);
      assert.equal(await el.locator('.sw-error[role=alert]').isHidden(), true);
      assert.doesNotMatch(await el.locator('.sw-summary').textContent(), /^Not updated/);
    }
    assert.deepEqual(problems, []);
    await context.close();
  });

  test(`faults: ${file}: every slider at both ends draws no NaN or Infinity`, async () => {
    const { page, context, problems } = await watchedPage(book.browser);
    await page.goto(book.server.url + file, { waitUntil: 'load' });
    const widgets = await widgetsDrawn(page);
    for (let i = 0; i < widgets.length; i++) {
      const el = page.locator('stepwise-widget').nth(i);
      const sliders = el.locator('input[type=range]:not([disabled])');
      for (let s = 0; s < (await sliders.count()); s++) {
        for (const key of ['End', 'Home']) {
          const slider = sliders.nth(s);
          if (await slider.evaluate((r, k) => r.value === (k === 'End' ? r.max : r.min), key)) continue;
          const outcome = await press(page, el, slider, key);
          const text = await el.evaluate((w) => w.shadowRoot.querySelector('.sw-out').textContent);
          assert.doesNotMatch(text, /NaN|Infinity/, `${widgets[i].name}: slider ${s} at ${key} shows NaN/Infinity`);
          // A rejection is fine (combinations can be invalid); it must name a control or explain itself.
          assert.notEqual(outcome, 'timeout', `${widgets[i].name}: slider ${s} at ${key} never updated`);
          if (outcome !== 'update') assert.ok(outcome.length > 'error: '.length, `${widgets[i].name}: empty error`);
        }
      }
      assert.deepEqual(await el.evaluate((w) => w.nonFinite), [], `${widgets[i].name} produced non-finite plot values`);
    }
    assert.deepEqual(problems.filter((p) => !p.startsWith('console: [stepwise]')), []);
    await context.close();
  });
}

test('faults: hostile URL and embed attributes are ignored with a notice and never become HTML', async () => {
  const { page, context, problems } = await watchedPage(book.browser);
  const file = pages[0];
  await page.goto(book.server.url + file, { waitUntil: 'load' });
  const [first] = await widgetsDrawn(page);
  const name = first.name;
  const clean = await page.locator('stepwise-widget').first().evaluate((w) => JSON.stringify(w.params));
  const param = Object.keys(JSON.parse(clean))[0];
  const inject = '<img src=x onerror="window.__pwned=1">';
  const query = new URLSearchParams([
    [`${name}.${inject}`, '1'],
    [`${name}.${param}`, `<b>${inject}</b>`],
    [`${name}.__proto__`, '1'],
    [`${name}.constructor`, 'x'],
  ]);
  await page.goto(`${book.server.url}${file}?${query}`, { waitUntil: 'load' });
  await widgetsDrawn(page);
  const el = page.locator('stepwise-widget').first();
  const notice = await el.locator('.sw-notice').textContent();
  assert.ok(notice.includes('<img'), `the notice quotes the bad key as text: ${notice}`);
  assert.ok(notice.length < 2000, 'the notice stays short');
  assert.equal(await el.evaluate((w) => JSON.stringify(w.params)), clean, 'bad values keep the starting ones');
  // A link longer than any the book writes is ignored whole.
  await page.goto(`${book.server.url}${file}?${name}.${param}=${'9'.repeat(9000)}`, { waitUntil: 'load' });
  await widgetsDrawn(page);
  assert.match(await el.locator('.sw-notice').textContent(), /too long/);
  assert.equal(await el.evaluate((w) => JSON.stringify(w.params)), clean);

  // The same through embed attributes on a widget the page adds.
  await page.evaluate(([n, bad]) => {
    const w = document.createElement('stepwise-widget');
    w.setAttribute('name', n);
    w.setAttribute('key', bad);
    w.setAttribute('url-state', 'off');
    w.setAttribute('params', `${bad}=1&${'y'.repeat(7000)}=2`);
    w.setAttribute('hide', `${bad},`.repeat(400));
    w.setAttribute('lock', bad);
    w.setAttribute('theme', bad);
    w.id = 'embedded';
    document.body.append(w);
    const missing = document.createElement('stepwise-widget');
    missing.setAttribute('name', bad);
    missing.id = 'missing';
    document.body.append(missing);
  }, [name, inject]);
  await widgetsDrawn(page);
  const embedded = page.locator('#embedded');
  assert.ok((await embedded.locator('.sw-notice').textContent()).includes('<img'));
  assert.match(await page.locator('#missing .sw-error').textContent(), /no widget named/);
  const injected = await page.$$eval('stepwise-widget', (ws) => ws.reduce((n, w) => n + w.shadowRoot.querySelectorAll('img, b').length, 0));
  assert.equal(injected, 0, 'no element was made from attribute or URL text');
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  assert.deepEqual(problems, []);
  await context.close();
});
