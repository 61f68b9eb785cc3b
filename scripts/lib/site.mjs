// The book: VitePress over content/, rebuilt only when its inputs changed.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { root, run, step } from './run.mjs';

function walk(dir, out = []) {
  if (!existsSync(dir)) return out;
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name === 'cache' || name === 'dist') continue;
    const p = join(dir, name);
    const s = statSync(p);
    if (s.isDirectory()) walk(p, out);
    else out.push(`${p}:${s.size}:${s.mtimeMs}`);
  }
  return out;
}

function inputsHash(base) {
  const files = [
    ...walk(`${root}content`),
    ...walk(`${root}web`),
    ...walk(`${root}build/wasm`).filter((f) => /stepwise\.(mjs|wasm):/.test(f)),
    ...[`${root}package-lock.json`].map((p) => `${p}:${statSync(p).mtimeMs}`),
  ].sort();
  return createHash('sha256').update(`${base}\n${files.join('\n')}`).digest('hex');
}

export function buildSite({ base = process.env.STEPWISE_BASE || '/', outDir = 'dist', force = false } = {}) {
  const stamp = `${root}${outDir}/.stepwise-build`;
  const hash = inputsHash(base);
  if (!force && existsSync(stamp) && readFileSync(stamp, 'utf8') === hash) {
    step(`The book in ${outDir}/ is up to date`);
    return;
  }
  step(`Building the book into ${outDir}/ (base ${base})`);
  run('npx', ['vitepress', 'build', 'content'], { env: { ...process.env, STEPWISE_BASE: base, STEPWISE_OUTDIR: outDir } });
  writeFileSync(stamp, hash);
}
