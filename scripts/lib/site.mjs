// The book: VitePress over content/, plus the embed outputs (embed.mjs) and
// the service worker (offline.mjs); rebuilt only when its inputs changed.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { addEmbeds } from './embed.mjs';
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

function inputsHash(base, solutions) {
  const files = [
    ...walk(`${root}content`),
    ...walk(`${root}web`),
    ...walk(`${root}build/wasm`).filter((f) => /stepwise\.(mjs|wasm):/.test(f)),
    ...[`${root}package-lock.json`].map((p) => `${p}:${statSync(p).mtimeMs}`),
  ].sort();
  return createHash('sha256').update(`${base}\n${solutions}\n${files.join('\n')}`).digest('hex');
}

/**
 * outDir is relative to the repository root. solutions: false builds the
 * student edition, without the worked solutions (and checks that it has none).
 */
export function buildSite({ base = process.env.STEPWISE_BASE || '/', outDir = 'dist', force = false, solutions = true } = {}) {
  const stamp = `${root}${outDir}/.stepwise-build`;
  const hash = inputsHash(base, solutions);
  if (!force && existsSync(stamp) && readFileSync(stamp, 'utf8') === hash) {
    step(`The book in ${outDir}/ is up to date`);
    return;
  }
  step(`Building the book into ${outDir}/ (base ${base}${solutions ? '' : ', without solutions'})`);
  const env = { ...process.env, STEPWISE_BASE: base, STEPWISE_OUTDIR: outDir, STEPWISE_SOLUTIONS: solutions ? '1' : '0' };
  run('npx', ['vitepress', 'build', 'content'], { env });
  const abs = resolve(root, outDir);
  addEmbeds(abs);
  run('node', ['scripts/lib/offline.mjs', abs]);
  writeFileSync(stamp, hash);
}

/** The student edition under a sub-path, built for the offline, sub-path and no-solutions tests. */
export const courseEdition = { base: '/course/book/', outDir: 'build/course-edition', solutions: false };
