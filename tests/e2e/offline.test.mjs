// The student edition (no solutions) built under a sub-path, served with the
// book's Content-Security-Policy: after one visit, with the server stopped and
// the network off, every page and widget still works; and neither its pages
// nor its scripts nor its search index hold any worked solution, while the
// default (instructor) build does.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { courseEdition } from '../../scripts/lib/site.mjs';
import { serveStatic } from '../../scripts/lib/static-server.mjs';
import { BOOK_CSP, launch, nudge, root, watchedPage, widgetsDrawn } from './harness.mjs';

const edition = join(root, courseEdition.outDir);
const base = courseEdition.base;

function files(dir, out = []) {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) files(p, out);
    else if (/\.(html|js|json)$/.test(e.name)) out.push(p);
  }
  return out;
}

/** From each `::: solution` block in content/: a run of plain words from one line, to look for in a build. */
function solutionPhrases() {
  const phrases = [];
  for (const f of readdirSync(`${root}content`).filter((f) => f.endsWith('.md'))) {
    const blocks = readFileSync(`${root}content/${f}`, 'utf8').matchAll(/^::: solution.*\n([\s\S]*?)^:::\s*$/gm);
    for (const [, body] of blocks) {
      const runs = body.split('\n').flatMap((line) => line.replace(/\$[^$]*\$/g, '|').match(/[A-Za-z]+(?: [A-Za-z]+){4,}/g) ?? []);
      const longest = runs.sort((a, b) => b.length - a.length)[0];
      if (longest) phrases.push({ file: f, phrase: longest });
    }
  }
  return phrases;
}

test('worked solutions are in the default build and nowhere in the no-solutions build', () => {
  const phrases = solutionPhrases();
  assert.ok(phrases.length > 0, 'no ::: solution block with a plain-text sentence in content/');
  const text = (dir) => files(dir).map((f) => readFileSync(f, 'utf8')).join('\n');
  const full = text(`${root}dist`);
  const student = text(edition);
  for (const { file, phrase } of phrases) {
    assert.ok(full.includes(phrase), `${file}: "${phrase}" missing from the default build`);
    assert.ok(!student.includes(phrase), `${file}: "${phrase}" is in the no-solutions build`);
  }
  assert.ok(!student.includes('stepwise-solution'));
});

let server, browser;
before(async () => {
  server = await serveStatic({ dir: edition, base, csp: BOOK_CSP });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

test(`under ${base}, after one visit, every page and widget works with the network cut`, async () => {
  const { page, context, problems } = await watchedPage(browser, { serviceWorkers: 'allow' });
  await page.goto(`${server.origin}${base}`);
  await widgetsDrawn(page);
  const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
  assert.equal(scope, `${server.origin}${base}`);
  await server.close();
  await context.setOffline(true);

  const pages = readdirSync(edition).filter((f) => f.endsWith('.html') && f !== '404.html').sort();
  assert.ok(pages.length >= 13, pages.join(' '));
  for (const file of pages) {
    await page.goto(`${server.origin}${base}${file}`);
    const widgets = await widgetsDrawn(page);
    for (const w of widgets) assert.equal(w.error, null, `${file} ${w.name}: ${w.error}`);
    for (let i = 0; i < widgets.length; i++) await nudge(page, page.locator('stepwise-widget').nth(i));
    assert.deepEqual(problems, [], file);
  }
  // A link with widget state in its query string is served from the cache too.
  await page.goto(`${server.origin}${base}01-step-size-stability.html?lr-stability.eta=0.5`);
  await widgetsDrawn(page);
  assert.equal(await page.locator('stepwise-widget[name="lr-stability"]').evaluate((w) => w.params.eta), 0.5);
  assert.deepEqual(problems, []);
  await context.close();
});
