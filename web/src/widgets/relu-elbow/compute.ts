// One ReLU under one SGD step (reluStep), and a one-hidden-layer ReLU network
// trained on a 1-D target with its elbows recorded as they move.
import type { Engine } from '../../engine/engine';
import { linspace, MlpSession, NetworkSession, targets, withSession } from '../../engine/mlp';
import { trainToEnd } from '../../runtime/training';
import type { ComputeContext, Params, TrainingSession } from '../../runtime/types';
import type { schema } from './schema';

export type ReluParams = Params<typeof schema>;

export interface ReluResult {
  /** −b/w, null when w = 0 (φ is flat: no elbow). */
  elbow: number | null;
  elbow_after: number | null;
  phi: number;
  dloss_dphi: number;
  grad_w: number;
  grad_b: number;
  w_after: number;
  b_after: number;
  active: boolean;
  network: NetworkState;
}

export interface NetworkState {
  data_x: Float64Array;
  data_y: Float64Array;
  grid: Float64Array;
  fit: Float64Array;
  /** Per unit: elbow −bᵢ/wᵢ (0 where wᵢ = 0), first-layer w and b, output weight a. */
  elbows: Float64Array;
  w: Float64Array;
  b: Float64Array;
  a: Float64Array;
  /** The fit's value at each elbow, to mark it on the curve. */
  fit_at_elbows: Float64Array;
  step: number;
  total: number;
  loss: Float64Array;
  diverged_at: number | null;
  /** Elbow positions sampled over training: paths[i][k] at step path_steps[k]. */
  path_steps: number[];
  paths: number[][];
  /** One SGD step on (x, y) from the initialization: elbows by formula and as taken. */
  first_step: { before: Float64Array; formula: Float64Array; actual: Float64Array; active: boolean[] };
}

const N = 40;
const GRID = 201;
const SAMPLES = 200;

function networkConfig(p: ReluParams, x: ArrayLike<number>, y: ArrayLike<number>, batch: number) {
  return {
    widths: [1, p.units, 1], activation: 'relu' as const, weight_init: 'he' as const, weight_scale: 1,
    bias_init: 'uniform' as const, bias_scale: 1, optimizer: 'sgd' as const, lr: p.lr, batch_size: batch,
    loss_scale: 0.5, seed: p.seed, x, y,
  };
}

function elbowsOf(s: MlpSession) {
  const { w, b } = s.layer(1);
  return { w, b, elbows: w.map((wi, i) => (wi !== 0 ? -b[i] / wi : 0)) };
}

class ReluSession extends NetworkSession<ReluResult> {
  private readonly single: Omit<ReluResult, 'network'>;
  private readonly dataX: Float64Array;
  private readonly dataY: Float64Array;
  private readonly grid = linspace(-1.2, 1.2, GRID);
  private readonly firstStep: NetworkState['first_step'];
  private readonly pathSteps: number[] = [];
  private readonly paths: number[][];

  constructor(engine: Engine, p: ReluParams, x = linspace(-1, 1, N)) {
    const single = engine.call<ReluResult>('reluStep', { w: p.w, b: p.b, x: p.x, y: p.y, lr: p.lr });
    const y = x.map(targets[p.target].f);
    super(new MlpSession(engine, networkConfig(p, x, y, p.batch === 'one' ? 1 : 0)), p.steps);
    this.single = single;
    this.dataX = x;
    this.dataY = y;
    try {
      // Part (d): one SGD step on the reader's point, by formula and as taken
      // by a second trainer with the same seed (hence the same initialization).
      const start = elbowsOf(this.net);
      const formula = engine.call<{ formula: Float64Array; active: boolean[] }>('reluElbowUpdate', {
        w: start.w, b: start.b, a: this.net.layer(2).w, c: this.net.layer(2).b[0], x: p.x, y: p.y, lr: p.lr,
      });
      const actual = withSession(engine, networkConfig(p, [p.x], [p.y], 0), (probe) => (probe.run(1), elbowsOf(probe).elbows));
      this.firstStep = { before: start.elbows, formula: formula.formula, actual, active: formula.active };
      this.paths = Array.from(start.elbows, (e) => [e]);
      this.pathSteps.push(0);
    } catch (e) {
      this.net.dispose();
      throw e;
    }
  }

  advance(n: number): number {
    const every = Math.max(1, Math.ceil(this.total / SAMPLES));
    let taken = 0;
    while (taken < n && !this.done) {
      // Stop at each sampling step to record where the elbows are.
      const next = Math.min(this.total, (Math.floor(this.step / every) + 1) * every);
      const k = this.net.run(Math.min(n - taken, next - this.step));
      if (k === 0) break;
      taken += k;
      if (this.step === next) {
        elbowsOf(this.net).elbows.forEach((e, i) => this.paths[i].push(e));
        this.pathSteps.push(this.step);
      }
    }
    return taken;
  }

  result(): ReluResult {
    const { w, b, elbows } = elbowsOf(this.net);
    const h = this.net.history();
    return {
      ...this.single,
      network: {
        data_x: this.dataX, data_y: this.dataY, grid: this.grid, fit: this.net.predict(this.grid),
        elbows, w, b, a: this.net.layer(2).w, fit_at_elbows: this.net.predict(elbows),
        step: this.step, total: this.total, loss: h.loss, diverged_at: this.net.divergedAt,
        path_steps: [...this.pathSteps], paths: this.paths.map((p) => [...p]), first_step: this.firstStep,
      },
    };
  }
}

export function train(engine: Engine, p: ReluParams): TrainingSession<ReluResult> {
  return new ReluSession(engine, p);
}

export function compute(engine: Engine, p: ReluParams, ctx?: ComputeContext): ReluResult {
  return trainToEnd(train(engine, p), ctx);
}
