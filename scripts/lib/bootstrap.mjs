// Installs what the project needs and is missing: Debian packages (with
// apt-get when root, else prints the one command to run) and npm packages.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { has, root, run, step } from './run.mjs';

const debian = [
  { pkg: 'emscripten', ok: () => has('emcc') },
  { pkg: 'libeigen3-dev', ok: () => existsSync('/usr/include/eigen3/Eigen/Dense') },
  { pkg: 'cmake', ok: () => has('cmake') },
  { pkg: 'g++', ok: () => has('g++') },
  { pkg: 'make', ok: () => has('make') },
  { pkg: 'googletest', ok: () => existsSync('/usr/include/gtest/gtest.h') || existsSync('/usr/src/googletest') },
  { pkg: 'libgtest-dev', ok: () => existsSync('/usr/include/gtest/gtest.h') },
  { pkg: 'chromium', ok: () => existsSync('/usr/bin/chromium') },
];

export function ensureSystem({ browser = true } = {}) {
  const missing = debian.filter((d) => (browser || d.pkg !== 'chromium') && !d.ok()).map((d) => d.pkg);
  if (!missing.length) return;
  const cmd = `apt-get update && apt-get install -y --no-install-recommends ${missing.join(' ')}`;
  if (process.getuid?.() !== 0) {
    console.error(`Stepwise needs Debian packages that are missing: ${missing.join(', ')}.\nInstall them with:\n  sudo sh -c '${cmd}'`);
    process.exit(1);
  }
  step(`Installing Debian packages: ${missing.join(' ')}`);
  run('sh', ['-c', cmd], { env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
}

export function ensureNpm() {
  const lock = `${root}package-lock.json`;
  const stamp = `${root}node_modules/.package-lock.json`;
  const fresh = existsSync(stamp) && statSync(stamp).mtimeMs >= statSync(lock).mtimeMs;
  if (fresh) return;
  step('Installing npm packages (npm ci)');
  try {
    run('npm', ['ci', '--no-audit', '--no-fund']);
  } catch {
    // A registry mirror that serves only this platform's optional packages
    // (rollup's per-OS builds) makes npm ci call the lock file out of sync;
    // npm install honours the same lock and skips what it cannot fetch.
    step('npm ci refused the lock file; installing from it with npm install');
    run('npm', ['install', '--no-audit', '--no-fund']);
  }
}

export function bootstrap(opts) {
  ensureSystem(opts);
  ensureNpm();
}

export const pkg = () => JSON.parse(readFileSync(`${root}package.json`, 'utf8'));
