// The Worker's training loop with a stand-in session (no engine needed):
// a restart while a run plays must play the new run, pause must hold, one
// step must add exactly one, and frames of an old run must never be posted.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Engine } from '../../web/src/engine/engine';
import { TrainLoop, type TrainFrame } from '../../web/src/engine/train-loop';
import type { TrainingSession, WidgetDef } from '../../web/src/runtime/types';

/** Counts steps; each step costs a little time so the loop works in slices. */
function countingSession(total: number, label: number): TrainingSession<{ label: number; step: number }> {
  let step = 0;
  return {
    advance(n) {
      const k = Math.min(n, total - step);
      const until = performance.now() + 0.05 * k;
      while (performance.now() < until);
      step += k;
      return k;
    },
    get step() { return step; },
    total,
    get done() { return step >= total; },
    result: () => ({ label, step }),
    dispose() {},
  };
}

function harness() {
  const frames: { run: number; frame: TrainFrame }[] = [];
  const errors: unknown[] = [];
  let label = 0;
  const def = { train: () => countingSession(100000, ++label) } as unknown as WidgetDef;
  const engine = { ready: async () => {} } as unknown as Engine;
  const loop = new TrainLoop(engine, async () => def, (run, frame) => frames.push({ run, frame }), (_, e) => errors.push(e));
  const last = () => frames.at(-1)!;
  return { loop, frames, errors, last };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function until(cond: () => boolean, what: string, ms = 3000) {
  const end = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > end) assert.fail(`timed out waiting for ${what}`);
    await sleep(5);
  }
}

test('train loop: a restart while playing plays the new run', async () => {
  const { loop, frames, errors, last } = harness();
  await loop.handle({ train: 'start', run: 1, widget: 'w', params: {}, speed: 0, play: true });
  await until(() => last().run === 1 && last().frame.step > 0, 'run 1 to advance');
  // Restart during a slice's sleep: the old loop is still alive.
  await loop.handle({ train: 'start', run: 2, widget: 'w', params: {}, speed: 0, play: true });
  const firstOfRun2 = frames.length;
  await until(() => last().run === 2 && last().frame.step > 0, 'run 2 to advance');
  assert.ok(frames.slice(firstOfRun2).every((f) => f.run === 2), 'a frame of run 1 came after run 2 started');
  assert.equal((last().frame.result as { label: number }).label, 2);
  await loop.handle({ train: 'stop', run: 2 });
  assert.deepEqual(errors, []);
});

test('train loop: pause holds the count and one step adds exactly one', async () => {
  const { loop, last } = harness();
  await loop.handle({ train: 'start', run: 1, widget: 'w', params: {}, speed: 10, play: true });
  await until(() => last().frame.step >= 20, 'steps');
  await loop.handle({ train: 'pause', run: 1 });
  await until(() => !last().frame.playing, 'a paused frame');
  const paused = last().frame.step;
  await sleep(100);
  assert.equal(last().frame.step, paused);
  await loop.handle({ train: 'step', run: 1 });
  assert.equal(last().frame.step, paused + 1);
  assert.equal(last().frame.settled, true);
  // Play again from the pause, then restart: the restarted run plays too.
  await loop.handle({ train: 'play', run: 1, speed: 10 });
  await until(() => last().frame.step > paused + 1, 'play after pause');
  await loop.handle({ train: 'start', run: 2, widget: 'w', params: {}, speed: 10, play: true });
  await until(() => last().run === 2 && last().frame.step >= 20, 'the restarted run to play');
  await loop.handle({ train: 'stop', run: 2 });
});
