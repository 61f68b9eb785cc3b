// Node side of tests/bench/native/replay.cpp: one driver process per chapter
// glue file, asked how long a recorded sequence of bound calls takes natively.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { createInterface } from 'node:readline';

/** JSON that keeps typed arrays distinguishable from plain arrays (the glue checks which). */
export function callsJson(calls, minMs) {
  return JSON.stringify({ calls, minMs }, (_k, v) =>
    ArrayBuffer.isView(v) ? { $typed: v.constructor.name, data: Array.from(v) } : v,
  );
}

class Driver {
  constructor(path) {
    this.child = spawn(path, [], { stdio: ['pipe', 'pipe', 'inherit'] });
    this.waiting = [];
    createInterface({ input: this.child.stdout }).on('line', (line) => this.waiting.shift()?.(JSON.parse(line)));
  }
  request(line) {
    return new Promise((resolve) => {
      this.waiting.push(resolve);
      this.child.stdin.write(line + '\n');
    });
  }
  close() {
    this.child.stdin.end();
  }
}

/** Starts every built replay driver; maps each bound function name to its driver. */
export function startReplays(buildDir) {
  const byFunction = new Map();
  const drivers = [];
  const exes = existsSync(buildDir) ? readdirSync(buildDir).filter((f) => f.startsWith('replay_')) : [];
  for (const exe of exes) {
    const path = `${buildDir}/${exe}`;
    const names = spawnSync(path, ['--list'], { encoding: 'utf8' }).stdout.split('\n').filter(Boolean);
    const d = new Driver(path);
    drivers.push(d);
    for (const n of names) byFunction.set(n, d);
  }
  return {
    /** Native ms for the calls, or throws naming the first function without a native driver. */
    async time(calls, minMs) {
      const missing = calls.find((c) => !byFunction.has(c.fn));
      if (missing) throw new Error(`no native replay for ${missing.fn}`);
      let ms = 0;
      // Consecutive calls to the same driver go as one request.
      for (let i = 0; i < calls.length; ) {
        const d = byFunction.get(calls[i].fn);
        let j = i;
        while (j < calls.length && byFunction.get(calls[j].fn) === d) j++;
        const r = await d.request(callsJson(calls.slice(i, j), minMs));
        if (r.error) throw new Error(r.error);
        ms += r.ms;
        i = j;
      }
      return ms;
    },
    close: () => drivers.forEach((d) => d.close()),
  };
}
