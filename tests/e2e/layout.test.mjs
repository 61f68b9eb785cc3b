// Every page from a 360 px phone to a wide screen: screenshots at 360, 768
// and 1280 px (tests/e2e/artifacts/layout-<page>-<width>.png) and no
// horizontal overflow; on a touch phone, sliders answer taps and plots answer
// taps wherever they answer clicks.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { artifacts, bookPages, useBook, watchedPage, widgetsDrawn } from './harness.mjs';

const book = useBook();

const widths = [360, 768, 1280];

/** Polls until read() differs from before (true) or 3 s pass (false). */
async function changes(read, before) {
  for (let i = 0; i < 30; i++) {
    if ((await read()) !== before) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return false;
}

for (const file of bookPages()) {
  test(`layout: ${file} fits 360, 768 and 1280 px without horizontal scrolling`, async () => {
    const { page, context, problems } = await watchedPage(book.browser, { viewport: { width: widths[0], height: 800 } });
    await page.goto(book.server.url + file, { waitUntil: 'load' });
    for (const width of widths) {
      await page.setViewportSize({ width, height: 800 });
      await widgetsDrawn(page);
      // Let Plotly's resize observer settle at the new width.
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 150))));
      const overflow = await page.evaluate(() => {
        const doc = document.documentElement;
        const wide = [...document.querySelectorAll('stepwise-widget')]
          .filter((w) => w.getBoundingClientRect().right > doc.clientWidth + 1)
          .map((w) => w.getAttribute('name'));
        return { scroll: doc.scrollWidth, client: doc.clientWidth, wide };
      });
      await page.screenshot({ path: `${artifacts}/layout-${file.replace('.html', '')}-${width}.png`, fullPage: true });
      assert.ok(overflow.scroll <= overflow.client, `${width}px: the page scrolls sideways (${overflow.scroll} > ${overflow.client})`);
      assert.deepEqual(overflow.wide, [], `${width}px: widgets wider than the page`);
    }
    assert.deepEqual(problems, []);
    await context.close();
  });
}

for (const file of bookPages({ withWidgets: true })) {
  test(`touch: ${file}: sliders and clickable plots answer taps on a 360 px phone`, async () => {
    const { page, context, problems } = await watchedPage(book.browser, { viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });
    await page.goto(book.server.url + file, { waitUntil: 'load' });
    const widgets = await widgetsDrawn(page);
    for (let i = 0; i < widgets.length; i++) {
      const el = page.locator('stepwise-widget').nth(i);
      const params = () => el.evaluate((w) => JSON.stringify(w.params));
      const slider = el.locator('input[type=range]:not([disabled])').first();
      if (await slider.count()) {
        const before = await params();
        const box = await slider.boundingBox();
        const at = (await slider.evaluate((s) => Number(s.value) / Number(s.max))) > 0.5 ? 0.1 : 0.9;
        await slider.scrollIntoViewIfNeeded();
        await slider.tap({ position: { x: box.width * at, y: box.height / 2 } });
        assert.ok(await changes(params, before), `${widgets[i].name}: tapping the first slider changed nothing`);
      }
      const clickable = el.locator('.sw-plot-area.sw-clickable');
      for (let p = 0; p < (await clickable.count()); p++) {
        const before = await params();
        const area = clickable.nth(p).locator('.nsewdrag').first();
        await area.scrollIntoViewIfNeeded();
        const box = await area.boundingBox();
        const at = [box.x + box.width * 0.37, box.y + box.height * 0.41];
        await page.touchscreen.tap(...at);
        if (await changes(params, before)) continue;
        // Not every spot of every plot picks something: only fail where a mouse click would.
        await page.mouse.click(...at);
        assert.ok(!(await changes(params, before)), `${widgets[i].name}: plot ${p} answers a click but not a tap`);
      }
    }
    assert.deepEqual(problems, []);
    await context.close();
  });
}
