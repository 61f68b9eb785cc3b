// Leaks through the real UI in Chromium (Node's memory.test.ts does 10,000
// changes per widget on compute; here fewer, through the page): UI_CHANGES
// slider moves per widget, each awaited; for Worker widgets WORKER_RUNS
// runs started and cancelled; for training widgets TRAINING_RESTARTS
// parameter changes, each restarting the run. After a warm-up and GC, the JS heap, DOM nodes,
// event listeners and the WASM heap stay within the bounds below, and
// cancelled runs leave no Worker behind.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bookPages, nextEvent, useBook, watchedPage, widgetsDrawn } from './harness.mjs';

// Enough that a leak of one DOM node or listener per change breaks a bound;
// few enough that the suite stays minutes, not an hour, in CI.
const UI_CHANGES = 60;
const WORKER_RUNS = 30;
const TRAINING_RESTARTS = 20;
const WARM_UP = 15;
const MAX_JS_GROWTH = 3 * 1024 * 1024;
const MAX_NODE_GROWTH = 50;
const MAX_LISTENER_GROWTH = 10;
const MAX_WASM_GROWTH = 64 * 1024;

const book = useBook();

async function measure(page, cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const metric = (name) => metrics.find((m) => m.name === name)?.value ?? 0;
  const wasm = await page.evaluate(() => customElements.get('stepwise-widget').engine.raw?.engineMemory({}).heap_used ?? 0);
  return { js: usedSize, nodes: metric('Nodes'), listeners: metric('JSEventListeners'), wasm };
}

/**
 * Waits until a training widget's run has ended, so both measurements see
 * the same plots: a run that ends draws analysis a playing one leaves out.
 */
async function runEnded(page, el) {
  await page.waitForFunction((w) => w.shadowRoot.querySelector('.sw-transport button')?.disabled === true, await el.elementHandle(), { timeout: 120000 });
}

/** One awaited slider move; direction alternates in sweeps of ten so values keep changing. */
async function move(page, el, slider, i) {
  const done = await nextEvent(el);
  const atEnd = await slider.evaluate((s, up) => s.value === (up ? s.max : s.min), Math.floor(i / 10) % 2 === 0);
  await slider.focus();
  await page.keyboard.press(Math.floor(i / 10) % 2 === 0 !== atEnd ? 'ArrowRight' : 'ArrowLeft');
  assert.notEqual(await done(), 'timeout', 'a slider move never updated the widget');
}

/** Starts a Worker run with a slider move and cancels it once it is under way. */
async function startAndCancel(page, el, slider, i) {
  const stopped = await nextEvent(el);
  await slider.focus();
  await page.keyboard.press(i % 2 ? 'ArrowLeft' : 'ArrowRight');
  // Click Cancel as soon as the progress bar shows. A fast run may finish
  // before this looks, so the event awaited by `stopped` (listening since
  // before the key press) also ends the wait.
  await el.evaluate((w) => new Promise((res) => {
    const bar = w.shadowRoot.querySelector('.sw-progress');
    let settled = false;
    w.nextEventForTest.then(() => (settled = true));
    const giveUp = performance.now() + 60000;
    const tick = () => {
      if (!bar.hidden) bar.querySelector('button').click();
      if (!bar.hidden || settled || performance.now() > giveUp) res();
      else requestAnimationFrame(tick);
    };
    tick();
  }));
  assert.notEqual(await stopped(), 'timeout', 'a run neither finished nor stopped');
}

for (const file of bookPages({ withWidgets: true })) {
  test(`memory: ${file}: ${UI_CHANGES} slider moves per widget (${WORKER_RUNS} cancelled runs per Worker widget, ${TRAINING_RESTARTS} restarts per training widget) leave memory flat`, async () => {
    const { page, context, problems } = await watchedPage(book.browser);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.goto(book.server.url + file, { waitUntil: 'load' });
    const widgets = await widgetsDrawn(page);
    // Each widget that uses a Worker keeps at most one; cancelled runs leave none behind.
    const workerWidgets = await page.$$eval('stepwise-widget', (ws) => ws.filter((w) => w.usesWorker).length);
    for (let i = 0; i < widgets.length; i++) {
      const el = page.locator('stepwise-widget').nth(i);
      const slider = el.locator('input[type=range]:not([disabled])').first();
      if (!(await slider.count())) continue;
      // A training widget restarts its run on every change (each restart
      // costs a new network and its first frames, hence fewer of them).
      const { worker, trains } = await el.evaluate((w) => ({ worker: w.usesWorker && !w.trains, trains: w.trains }));
      const act = worker ? startAndCancel : move;
      const n = worker ? WORKER_RUNS : trains ? TRAINING_RESTARTS : UI_CHANGES;
      for (let k = 0; k < (trains ? 5 : WARM_UP); k++) await act(page, el, slider, k);
      if (trains) await runEnded(page, el);
      const before = await measure(page, cdp);
      for (let k = 0; k < n; k++) await act(page, el, slider, WARM_UP + k);
      if (trains) await runEnded(page, el);
      const after = await measure(page, cdp);
      const growth = Object.fromEntries(Object.keys(before).map((k) => [k, after[k] - before[k]]));
      console.log(`memory ${widgets[i].name}: ${n} ${worker ? 'cancelled runs' : trains ? 'restarts' : 'UI changes'}; growth: JS ${(growth.js / 1024).toFixed(0)} KiB, nodes ${growth.nodes}, listeners ${growth.listeners}, WASM ${growth.wasm} B`);
      assert.ok(growth.js <= MAX_JS_GROWTH, `${widgets[i].name}: JS heap grew by ${growth.js} bytes`);
      assert.ok(growth.nodes <= MAX_NODE_GROWTH, `${widgets[i].name}: ${growth.nodes} more DOM nodes`);
      assert.ok(growth.listeners <= MAX_LISTENER_GROWTH, `${widgets[i].name}: ${growth.listeners} more event listeners`);
      assert.ok(growth.wasm <= MAX_WASM_GROWTH, `${widgets[i].name}: WASM heap grew by ${growth.wasm} bytes`);
      assert.ok(page.workers().length <= workerWidgets, `${widgets[i].name}: ${page.workers().length} Workers alive`);
    }
    assert.deepEqual(problems, []);
    await context.close();
  });
}
