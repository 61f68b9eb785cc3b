// The embed outputs of `npm run build`, beside the book:
//   embed/stepwise.js + chunks  the script-embed bundle (web/embed.vite.config.ts)
//   embed/<widget>.html         one bare page per widget, for iframes
//   standalone/<widget>.html    one self-contained file per widget (web/standalone.vite.config.ts)
// Both bundles are independent of the book's base path, so they are built once
// into build/ (again only when their inputs change) and copied into each book.
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { root, run, step } from './run.mjs';

/** Every widget is a folder with an index.ts (the same rule as the runtime). */
export function widgetIds() {
  const dir = `${root}web/src/widgets`;
  return readdirSync(dir)
    .filter((d) => existsSync(join(dir, d, 'index.ts')))
    .filter((d) => /^[a-z0-9][a-z0-9-]*$/.test(d))
    .sort();
}

function inputsHash() {
  const files = [];
  const walk = (dir) => {
    for (const name of readdirSync(dir)) {
      const p = join(dir, name);
      const s = statSync(p);
      if (s.isDirectory()) walk(p);
      else files.push(`${p}:${s.size}:${s.mtimeMs}`);
    }
  };
  walk(`${root}web`);
  for (const f of ['build/wasm/stepwise.mjs', 'build/wasm/stepwise.wasm', 'package-lock.json'])
    files.push(`${f}:${statSync(`${root}${f}`).mtimeMs}`);
  return createHash('sha256').update(files.sort().join('\n')).digest('hex');
}

function bundles() {
  const stamp = `${root}build/embed-stamp`;
  const hash = inputsHash();
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === hash && existsSync(`${root}build/standalone/standalone.html`)) return;
  step('Building the embed bundle and the standalone template');
  run('npx', ['vite', 'build', '--config', 'web/embed.vite.config.ts'], { env: { ...process.env, STEPWISE_OUT: `${root}build/embed` } });
  run('npx', ['vite', 'build', '--config', 'web/standalone.vite.config.ts'], { env: { ...process.env, STEPWISE_OUT: `${root}build/standalone` } });
  writeFileSync(stamp, hash);
}

const framePage = (id) => `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<link rel="icon" href="../favicon.svg">
<title>Stepwise: ${id}</title>
<script type="module" src="./frame.js"></script>
</head>
<body><stepwise-widget name="${id}"></stepwise-widget></body>
</html>
`;

/** Adds embed/ and standalone/ to a built book in outDir (an absolute path). */
export function addEmbeds(outDir) {
  bundles();
  const ids = widgetIds();
  step(`Adding embed pages and standalone files for ${ids.length} widget(s)`);
  rmSync(`${outDir}/embed`, { recursive: true, force: true });
  rmSync(`${outDir}/standalone`, { recursive: true, force: true });
  cpSync(`${root}build/embed`, `${outDir}/embed`, { recursive: true });
  mkdirSync(`${outDir}/standalone`);
  const template = readFileSync(`${root}build/standalone/standalone.html`, 'utf8');
  for (const id of ids) {
    writeFileSync(`${outDir}/embed/${id}.html`, framePage(id));
    writeFileSync(`${outDir}/standalone/${id}.html`, template.replaceAll('__STEPWISE_WIDGET__', id));
  }
}
