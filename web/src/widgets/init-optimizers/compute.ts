// Several training runs of the same network on the same data, differing only
// in the optimizer or only in the initialization, advanced together.
import type { Engine } from '../../engine/engine';
import { linspace, MlpSession, targets, type InitKind, type OptimizerKind } from '../../engine/mlp';
import { trainToEnd } from '../../runtime/training';
import type { ComputeContext, Params, TrainingSession } from '../../runtime/types';
import { initOptions, optimizerOptions, type schema } from './schema';

export type InitOptParams = Params<typeof schema>;

export interface Run {
  label: string;
  loss: Float64Array;
  /** Per layer, the gradient norm at each step. */
  grad_norms: Float64Array[];
  /** Per layer, the mean of its gradient norm over all steps so far. */
  mean_grad_norms: number[];
  final_loss: number;
  diverged_at: number | null;
  fit: Float64Array;
}

export interface InitOptResult {
  runs: Run[];
  step: number;
  total: number;
  data_x: Float64Array;
  data_y: Float64Array;
  grid: Float64Array;
}

const GRID = 161;

class InitOptSession implements TrainingSession<InitOptResult> {
  private readonly runs: { label: string; s: MlpSession }[] = [];
  private readonly x: Float64Array;
  private readonly y: Float64Array;
  private readonly grid = linspace(-1, 1, GRID);
  readonly total: number;

  constructor(engine: Engine, p: InitOptParams) {
    this.total = p.steps;
    this.x = linspace(-1, 1, p.points);
    this.y = this.x.map(targets[p.target].f);
    const widths = [1, ...Array(p.depth).fill(p.width), 1];
    const variants = p.compare === 'optimizers'
      ? optimizerOptions.map((o) => ({ label: o.label, init: p.init as InitKind, optimizer: o.value as OptimizerKind }))
      : initOptions.map((o) => ({ label: o.label, init: o.value as InitKind, optimizer: p.optimizer as OptimizerKind }));
    try {
      for (const v of variants)
        this.runs.push({
          label: v.label,
          s: new MlpSession(engine, {
            widths, activation: p.activation as 'relu', weight_init: v.init, weight_scale: p.scale, bias_init: 'uniform', bias_scale: 0,
            optimizer: v.optimizer, lr: p.lr, batch_size: p.batch, loss_scale: 1, seed: p.seed, x: this.x, y: this.y,
          }),
        });
    } catch (e) {
      this.dispose();
      throw e;
    }
  }

  get step() {
    return Math.max(...this.runs.map((r) => r.s.step));
  }
  get done() {
    return this.runs.every((r) => r.s.step >= this.total || r.s.divergedAt !== null);
  }

  advance(n: number): number {
    const before = this.step;
    for (const r of this.runs) if (r.s.divergedAt === null) r.s.run(Math.min(n, this.total - r.s.step));
    return this.step - before;
  }

  result(): InitOptResult {
    return {
      step: this.step, total: this.total, data_x: this.x, data_y: this.y, grid: this.grid,
      runs: this.runs.map(({ label, s }) => {
        const h = s.history();
        return {
          label, loss: h.loss, grad_norms: h.grad_norms, final_loss: h.full_loss, diverged_at: s.divergedAt, fit: s.predict(this.grid),
          mean_grad_norms: h.grad_norms.map((g) => (g.length ? g.reduce((a, b) => a + b, 0) / g.length : 0)),
        };
      }),
    };
  }

  dispose(): void {
    for (const r of this.runs) r.s.dispose();
  }
}

export function train(engine: Engine, p: InitOptParams): TrainingSession<InitOptResult> {
  return new InitOptSession(engine, p);
}

export function compute(engine: Engine, p: InitOptParams, ctx?: ComputeContext): InitOptResult {
  return trainToEnd(train(engine, p), ctx);
}
