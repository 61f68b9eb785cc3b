// Worker side of a training widget: owns one TrainingSession and plays it in
// time slices (about 30 frames a second), yielding between slices so pause,
// step, speed and restart messages get through. Only the newest run posts.
import type { TrainingSession, WidgetDef } from '../runtime/types';
import type { Engine } from './engine';

/** Steps per frame; 0 means as many as fit in the frame's time budget. */
export type Speed = number;

export type TrainRequest =
  | { train: 'start'; run: number; widget: string; params: Record<string, unknown>; speed: Speed; play: boolean }
  | { train: 'play'; run: number; speed: Speed }
  | { train: 'pause' | 'step' | 'stop'; run: number }
  | { train: 'speed'; run: number; speed: Speed };

export interface TrainFrame {
  result: unknown;
  step: number;
  total: number;
  done: boolean;
  playing: boolean;
  settled: boolean;
}

const FRAME_MS = 33;
const BUDGET_MS = 25;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export class TrainLoop {
  private session: TrainingSession<unknown> | null = null;
  private run = 0;
  private playing = false;
  private speed: Speed = 0;
  /** The run whose play loop is alive (0: none). A restart while an older
   * loop sleeps between slices must start its own loop, not wait on that one. */
  private loopRun = 0;

  constructor(
    private readonly engine: Engine,
    private readonly load: (id: string) => Promise<WidgetDef>,
    private readonly post: (run: number, frame: TrainFrame) => void,
    private readonly fail: (run: number, err: unknown) => void,
  ) {}

  async handle(m: TrainRequest): Promise<void> {
    if (m.train === 'start') {
      this.stop();
      this.run = m.run;
      await this.engine.ready();
      const def = await this.load(m.widget);
      if (this.run !== m.run || !def.train) return;
      this.session = def.train(this.engine, m.params as never);
      this.speed = m.speed;
      this.send(true);
      if (m.play) this.play();
      return;
    }
    if (m.run !== this.run || !this.session) return;
    if (m.train === 'stop') return this.stop();
    if ('speed' in m) this.speed = m.speed;
    if (m.train === 'play') this.play();
    if (m.train === 'pause') {
      this.playing = false;
      if (this.loopRun !== this.run) this.send(true);
    }
    if (m.train === 'step' && !this.playing) {
      this.session.advance(1);
      this.send(true);
    }
  }

  private stop(): void {
    this.playing = false;
    this.session?.dispose();
    this.session = null;
  }

  private play(): void {
    if (this.session?.done) return this.send(true);
    this.playing = true;
    if (this.loopRun !== this.run) void this.loop(this.run);
  }

  private async loop(run: number): Promise<void> {
    this.loopRun = run;
    try {
      let perStep = 0;
      while (this.playing && this.run === run && this.session && !this.session.done) {
        const t0 = performance.now();
        if (this.speed > 0) this.session.advance(this.speed);
        else {
          // As many steps as fit the budget, learning the cost of a step as we go.
          let taken = 0;
          while (!this.session.done) {
            const left = BUDGET_MS - (performance.now() - t0);
            if (left <= 0) break;
            const n = perStep > 0 ? Math.max(1, Math.floor(left / perStep)) : 1;
            const s0 = performance.now();
            taken += this.session.advance(n);
            perStep = (performance.now() - s0) / n;
          }
          if (taken === 0) break;
        }
        if (!this.session.done) this.send(false);
        await sleep(Math.max(0, FRAME_MS - (performance.now() - t0)));
      }
    } catch (err) {
      this.stop();
      this.fail(run, err);
    } finally {
      if (this.loopRun === run) this.loopRun = 0;
    }
    if (this.run === run && this.session) {
      this.playing = false;
      this.send(true);
    }
  }

  private send(settled: boolean): void {
    const s = this.session;
    if (!s) return;
    this.post(this.run, { result: s.result(settled), step: s.step, total: s.total, done: s.done, playing: this.playing && !s.done, settled });
  }
}
