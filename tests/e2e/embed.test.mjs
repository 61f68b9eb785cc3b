// Embedding: a course page with a hostile stylesheet and a strict CSP embeds
// three widgets by script and one by iframe; every widget's iframe page and
// standalone file work on their own (the standalone files from file://). The
// iframe pages are served with the book's policy, the strict one plus what
// Plotly's heat maps need (content/embedding.md#csp).
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { widgetIds } from '../../scripts/lib/embed.mjs';
import { serveStatic } from '../../scripts/lib/static-server.mjs';
import { BOOK_CSP, STRICT_CSP, launch, nudge, root, watchedPage, widgetsDrawn } from './harness.mjs';

let server, relaxed, browser;
before(async () => {
  server = await serveStatic({ mounts: { '/site/': `${root}dist`, '/host/': `${root}tests/e2e/host` }, csp: STRICT_CSP });
  relaxed = await serveStatic({ mounts: { '/site/': `${root}dist` }, csp: BOOK_CSP });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
  await relaxed?.close();
});

test('a course page under a strict CSP: three script widgets and an iframe draw, react, share one engine and ignore the host CSS', async () => {
  const { page, context, problems } = await watchedPage(browser);
  const wasmLoads = [];
  page.on('request', (r) => r.url().endsWith('.wasm') && r.frame() === page.mainFrame() && wasmLoads.push(r.url()));
  const hostUrl = `${server.origin}/host/index.html`;
  await page.goto(hostUrl);
  const widgets = await widgetsDrawn(page);
  assert.equal(widgets.length, 3);
  for (const w of widgets.slice(0, 2)) assert.equal(w.error, null, `${w.name}: ${w.error}`);
  assert.equal(wasmLoads.length, 1, `one WASM module for the page, got ${wasmLoads.join(', ')}`);

  // Attributes: starting values, hidden and locked controls.
  const set = page.locator('#set');
  assert.deepEqual(await set.evaluate((w) => [w.params.eta, w.params.sigma]), [0.5, [2, 0.5]]);
  assert.equal(await set.locator('.ctl[data-param="convention"]').count(), 0);
  assert.equal(await set.locator('.ctl[data-param="eta"] input[type=range]').isDisabled(), true);
  // Bad attributes: a notice, defaults kept, the widget still draws, nothing parsed as HTML.
  const bad = page.locator('#bad');
  assert.match(await bad.locator('.sw-notice').textContent(), /eta .*nonsense|nonsense.*eta/s);
  assert.equal(await bad.evaluate((w) => w.params.eta), 0.3);
  assert.equal(await bad.evaluate((w) => w.shadowRoot.querySelectorAll('img').length), 0);

  // Reacting leaves the host page's URL alone (url-state defaults to off in embeds).
  await nudge(page, page.locator('#plain'));
  await nudge(page, set);
  assert.equal(page.url(), hostUrl);

  // The host's stylesheet does not reach inside.
  const looks = await page.locator('#plain').evaluate((w) => {
    const r = w.shadowRoot;
    const cs = (sel) => getComputedStyle(r.querySelector(sel));
    return {
      font: cs('.sw-title').fontFamily, color: cs('.sw-title').color, spacing: cs('.sw-title').letterSpacing,
      transform: cs('.sw-title').textTransform, button: cs('button').backgroundColor, svg: cs('.main-svg').display,
    };
  });
  assert.doesNotMatch(looks.font, /Comic/);
  assert.notEqual(looks.color, 'rgb(255, 0, 0)');
  assert.equal(looks.spacing, 'normal');
  assert.equal(looks.transform, 'none');
  assert.notEqual(looks.button, 'rgb(0, 255, 0)');
  assert.notEqual(looks.svg, 'none');

  // The iframe: query-string attributes, drawn, reacting, and sized by its height message.
  const frame = page.frameLocator('#frame');
  const inner = frame.locator('stepwise-widget');
  await inner.locator('.js-plotly-plot .main-svg').first().waitFor();
  assert.equal(await inner.evaluate((w) => w.params.eta), 0.2);
  assert.equal(await inner.locator('.ctl[data-param="seed"]').count(), 0);
  assert.equal(await inner.locator('.ctl[data-param="y"] input[type=range]').isDisabled(), true);
  await nudge(page, inner);
  await page.waitForFunction(() => {
    const f = document.getElementById('frame');
    const h = f.contentDocument.documentElement.getBoundingClientRect().height;
    return h > 300 && Math.abs(f.clientHeight - h) < 2;
  });
  assert.deepEqual(problems, []);
  await context.close();
});

test('the Embed button gives script and iframe code for the current state, and the iframe code restores it', async () => {
  const { page, context, problems } = await watchedPage(browser);
  await page.goto(`${server.origin}/host/index.html`);
  await widgetsDrawn(page);
  const set = page.locator('#set');
  await set.locator('button', { hasText: 'Embed' }).click();
  const [script, iframe] = await set.locator('.sw-embed textarea').evaluateAll((ts) => ts.map((t) => t.value));
  assert.match(script, new RegExp(`<script type="module" src="${server.origin}/site/embed/stepwise\\.js"></script>`));
  assert.match(script, /<stepwise-widget name="lr-stability" params="sigma=2,0\.5&amp;eta=0\.5" hide="convention seed" lock="eta">/);
  const src = iframe.match(/<iframe src="([^"]+)"/)[1].replace(/&amp;/g, '&');
  assert.ok(src.startsWith(`${server.origin}/site/embed/lr-stability.html?`), src);
  assert.match(iframe, /addEventListener\('message'/);

  // The panel follows the state.
  await nudge(page, set);
  const updated = await set.locator('.sw-embed textarea').first().inputValue();
  assert.notEqual(updated, script);

  await page.goto(src);
  await widgetsDrawn(page);
  const w = page.locator('stepwise-widget');
  assert.deepEqual(await w.evaluate((x) => [x.params.eta, x.params.sigma]), [0.5, [2, 0.5]]);
  assert.equal(await w.locator('.ctl[data-param="eta"] input[type=range]').isDisabled(), true);
  assert.deepEqual(problems, []);
  await context.close();
});

for (const id of widgetIds()) {
  test(`${id}: its iframe page draws and reacts under the documented CSP`, async () => {
    const { page, context, problems } = await watchedPage(browser);
    await page.goto(`${relaxed.origin}/site/embed/${id}.html`);
    const [w] = await widgetsDrawn(page);
    assert.equal(w.error, null, `${id}: ${w.error}`);
    await nudge(page, page.locator('stepwise-widget'));
    assert.deepEqual(problems, []);
    await context.close();
  });

  test(`${id}: its standalone file draws and reacts opened from disk`, async () => {
    const { page, context, problems } = await watchedPage(browser);
    const file = `file://${root}dist/standalone/${id}.html`;
    await page.goto(file);
    const [w] = await widgetsDrawn(page, 60000);
    assert.equal(w.error, null, `${id}: ${w.error}`);
    await nudge(page, page.locator('stepwise-widget'));
    // The only request is the file itself: scripts, styles and the engine are inside.
    assert.deepEqual(problems, [`request left the machine: ${file}`]);
    await context.close();
  });
}
