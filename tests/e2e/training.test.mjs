// Training widgets in the browser: a run plays to its end in the Worker, and
// the transport (speed, restart, pause, single step) drives it.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { launch, serve, watchedPage, widgetsDrawn } from './harness.mjs';

let server, browser;
before(async () => {
  server = await serve();
  browser = await launch();
});
after(async () => {
  await browser?.close();
  server?.stop();
});

const count = (w) => w.locator('.sw-step-count').textContent();
const stepOf = async (w) => Number((await count(w)).match(/step ([\d,]+)/)[1].replace(/,/g, ''));

test('relu-elbow: plays to the end, then restart, pause and one step behave', async () => {
  const { page, context, problems } = await watchedPage(browser);
  await page.goto(server.url + '08-relu.html');
  await widgetsDrawn(page);
  const w = page.locator('stepwise-widget[name="relu-elbow"]');
  await page.waitForFunction(() => /step 2,000 of 2,000/.test(document.querySelector('stepwise-widget[name="relu-elbow"]').shadowRoot.querySelector('.sw-step-count')?.textContent ?? ''), null, { timeout: 90000 });
  const play = w.locator('.sw-transport button', { hasText: /Play|Pause/ });
  assert.equal(await play.isDisabled(), true);
  // Slow it down, restart, pause: the count stops; one step adds exactly one.
  await w.locator('.sw-transport select').selectOption('1');
  await w.locator('.sw-transport button', { hasText: 'Restart' }).click();
  await page.waitForFunction(() => {
    const t = document.querySelector('stepwise-widget[name="relu-elbow"]').shadowRoot.querySelector('.sw-transport button').textContent;
    return t === 'Pause';
  }, null, { timeout: 30000 });
  await play.click();
  await page.waitForFunction(() => document.querySelector('stepwise-widget[name="relu-elbow"]').shadowRoot.querySelector('.sw-transport button').textContent === 'Play');
  const paused = await stepOf(w);
  assert.ok(paused < 2000, `paused at ${paused}`);
  await page.waitForTimeout(300);
  assert.equal(await stepOf(w), paused);
  await w.locator('.sw-transport button', { hasText: 'Step' }).click();
  await page.waitForFunction((n) => {
    const t = document.querySelector('stepwise-widget[name="relu-elbow"]').shadowRoot.querySelector('.sw-step-count').textContent;
    return Number(t.match(/step ([\d,]+)/)[1].replace(/,/g, '')) === n + 1;
  }, paused, { timeout: 10000 });
  assert.deepEqual(problems, []);
  await context.close();
});
