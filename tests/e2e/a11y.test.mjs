// WCAG 2.1 AA on the built book: axe-core finds no violation on any page in
// the light or the dark theme; every widget control is reached by Tab with a
// visible focus ring; sliders announce their value with its unit; each plot
// has a live summary and a data table a screen reader can read.
import { AxeBuilder } from '@axe-core/playwright';
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bookPages, themedPage, useBook, widgetsDrawn } from './harness.mjs';

const book = useBook();

const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

for (const theme of ['light', 'dark']) {
  for (const file of bookPages()) {
    test(`axe, ${theme} theme: ${file} has no WCAG 2.1 AA violation`, async () => {
      const { page, context, problems } = await themedPage(book.browser, theme);
      await page.goto(book.server.url + file, { waitUntil: 'load' });
      await widgetsDrawn(page);
      assert.equal(await page.evaluate(() => document.documentElement.classList.contains('dark')), theme === 'dark');
      const { violations } = await new AxeBuilder({ page }).withTags(tags).analyze();
      const report = violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.slice(0, 4).map((n) => n.target.join(' > ')).join('\n    ')}`);
      assert.deepEqual(report, []);
      assert.deepEqual(problems, []);
      await context.close();
    });
  }
}

/** The element focused now, looking inside shadow roots. */
const deepFocus = () => {
  let a = document.activeElement;
  while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
  const style = a ? getComputedStyle(a) : null;
  return a && {
    host: a.getRootNode()?.host?.getAttribute('name') ?? null,
    id: a.id || a.textContent?.trim().slice(0, 30) || a.getAttribute('aria-label') || a.tagName,
    ring: !!style && ((style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 1) || style.boxShadow !== 'none'),
  };
};

for (const file of bookPages({ withWidgets: true })) {
  test(`keyboard: ${file}: every widget control is reached by Tab and shows a focus ring`, async () => {
    const { page, context, problems } = await themedPage(book.browser, 'light');
    await page.goto(book.server.url + file, { waitUntil: 'load' });
    const widgets = await widgetsDrawn(page);
    for (let i = 0; i < widgets.length; i++) {
      const el = page.locator('stepwise-widget').nth(i);
      const focusable = await el.evaluate((w) =>
        [...w.shadowRoot.querySelectorAll('input, select, button, [tabindex="0"]')]
          .filter((e) => !e.disabled && e.offsetParent !== null)
          .map((e) => e.id || e.textContent?.trim().slice(0, 30) || e.getAttribute('aria-label') || e.tagName));
      // Start just before the widget, then Tab until focus leaves it.
      await el.evaluate((w) => {
        const probe = document.createElement('button');
        probe.textContent = 'probe';
        w.before(probe);
        probe.focus();
      });
      const reached = new Set();
      for (let n = 0; n < focusable.length + 40; n++) {
        await page.keyboard.press('Tab');
        const f = await page.evaluate(deepFocus);
        if (!f || f.host !== widgets[i].name) {
          if (reached.size) break;
          continue;
        }
        assert.ok(f.ring, `${widgets[i].name}: no visible focus ring on ${f.id}`);
        reached.add(f.id);
      }
      for (const id of focusable) assert.ok(reached.has(id), `${widgets[i].name}: Tab never reaches ${id}`);
      await el.evaluate((w) => w.previousElementSibling.remove());

      // Sliders: a name, and a value text that carries the unit.
      const sliders = await el.evaluate((w) => [...w.shadowRoot.querySelectorAll('.ctl')].flatMap((c) => {
        const range = c.querySelector('input[type=range]');
        if (!range) return [];
        return [{ label: w.shadowRoot.querySelector(`label[for="${range.id}"]`)?.textContent ?? '', text: range.getAttribute('aria-valuetext') ?? '', unit: c.querySelector('.ctl-unit')?.textContent ?? '' }];
      }));
      for (const s of sliders) {
        assert.ok(s.label.trim(), `${widgets[i].name}: a slider has no label`);
        assert.ok(s.text && (!s.unit || s.text.endsWith(s.unit)), `${widgets[i].name}: ${s.label} announces "${s.text}" (unit ${s.unit})`);
      }

      // Text alternatives: a live summary, and a table for every plot.
      assert.equal(await el.locator('.sw-summary').getAttribute('aria-live'), 'polite');
      assert.ok(widgets[i].summary.length > 20, `${widgets[i].name}: summary "${widgets[i].summary}"`);
      const toggles = el.locator('.sw-plot-tools button', { hasText: 'Table' });
      const plots = await el.locator('.sw-plot').count();
      assert.equal(await toggles.count(), plots);
      for (let p = 0; p < plots; p++) {
        await toggles.nth(p).press('Enter');
        assert.equal(await toggles.nth(p).getAttribute('aria-expanded'), 'true');
        const table = el.locator('.sw-plot').nth(p).locator('.sw-table table');
        assert.ok((await table.locator('th').count()) > 0, `${widgets[i].name}: table ${p} has no columns`);
        assert.ok((await table.locator('tbody tr').count()) > 0, `${widgets[i].name}: table ${p} has no rows`);
        await toggles.nth(p).press('Enter');
      }
    }
    assert.deepEqual(problems, []);
    await context.close();
  });
}
