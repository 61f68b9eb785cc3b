// The headless command, as a user runs it.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';

const root = new URL('../../', import.meta.url).pathname;
function solve(...args: string[]) {
  const r = spawnSync('node', ['scripts/solve.mjs', ...args], { cwd: root, encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

test('solve prints the documented fields as JSON', () => {
  const r = solve('lr-stability', '--sigma', '1,0.1', '--eta', '0.5', '--y', '2', '--eps', '0.01');
  assert.equal(r.code, 0, r.err);
  const j = JSON.parse(r.out);
  for (const k of ['eta_max', 'eta_opt', 'rate', 'iters_to_eps', 'trajectory']) assert.ok(k in j, k);
  assert.equal(j.eta_max, 1);
  assert.equal(j.rate, Math.abs(1 - 2 * 0.5 * 0.01));
  assert.ok(Array.isArray(j.trajectory[0]));
});

test('solve --help lists parameters and output fields', () => {
  const r = solve('lr-stability', '--help');
  assert.equal(r.code, 0);
  for (const k of ['--sigma', '--eta', '--y', '--eps', 'eta_max', 'iters_to_eps']) assert.ok(r.out.includes(k), k);
});

test('bad arguments exit non-zero naming the parameter', () => {
  for (const [args, name] of [
    [['--eta', 'abc'], '--eta'],
    [['--bogus', '1'], '--bogus'],
    [['--sigma', '1,x'], '--sigma'],
    [['--eta'], '--eta'],
    [['--y', '0'], '--y'],
  ] as [string[], string][]) {
    const r = solve('lr-stability', ...args);
    assert.notEqual(r.code, 0, args.join(' '));
    assert.ok(r.err.includes(name), `${args.join(' ')}: ${r.err}`);
  }
  assert.notEqual(solve('no-such-widget').code, 0);
});
