// Child processes for the build scripts: inherit output, fail loudly.
import { spawn, spawnSync } from 'node:child_process';

export const root = new URL('../../', import.meta.url).pathname;

export const toolEnv = { ...process.env, NODE_PATH: process.env.NODE_PATH || '/usr/share/nodejs' };

export function run(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { stdio: 'inherit', cwd: root, env: toolEnv, ...opts });
  if (r.status !== 0) {
    const err = new Error(`${cmd} ${args.join(' ')} failed (exit ${r.status ?? r.signal})`);
    err.exitCode = r.status || 1;
    throw err;
  }
}

/** Runs a command and resolves with its exit code (for test runners). */
export function runStatus(cmd, args, opts = {}) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { stdio: 'inherit', cwd: root, env: toolEnv, ...opts });
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

export function has(cmd) {
  return spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;
}

const started = Date.now();

/** A heading in the log, with the minutes since this script started (CI has a time limit). */
export function step(title) {
  const s = Math.round((Date.now() - started) / 1000);
  process.stdout.write(`\n== ${title} [${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s]\n`);
}
