// A scalar network on 1-D inputs, trained with Adam while its local
// linearization is analysed: the features ∂f/∂θ of each layer as functions of
// x, the singular values of the feature matrix at the training inputs and
// its principal features, at initialization and at the current step.
import type { Engine } from '../../engine/engine';
import { linspace, MlpSession, NetworkSession, targets, withSession, type MlpConfig, type MlpFeatures } from '../../engine/mlp';
import { trainToEnd } from '../../runtime/training';
import type { ComputeContext, Params, TrainingSession } from '../../runtime/types';
import type { schema } from './schema';

export type LinParams = Params<typeof schema>;

/** The feature analysis of the network at one step (see MlpFeatures). */
export type Analysis = MlpFeatures;

export interface LinResult {
  grid: Float64Array;
  data_x: Float64Array;
  data_y: Float64Array;
  target: Float64Array;
  fit: Float64Array;
  fit_init: Float64Array;
  step: number;
  total: number;
  loss: Float64Array;
  grad_norms: Float64Array[];
  diverged_at: number | null;
  at_init: Analysis;
  /** At the last settled frame (start, pause, end). */
  now: Analysis;
  analysed_at: number;
  /** The leading principal feature and the first weight feature of layer 1 at initialization, for four seeds. */
  seeds: { seed: number; principal: Float64Array; feature: Float64Array }[];
}

const GRID = 161;
const PRINCIPAL = 4;
const MAX_FEATURES = 12;

function config(p: LinParams, seed: number, x: Float64Array, y: Float64Array): MlpConfig {
  const inits = {
    proper: { weight_init: 'he', bias_init: 'xavier', s: 1 },
    small: { weight_init: 'uniform', bias_init: 'uniform', s: 0.03 },
    large: { weight_init: 'uniform', bias_init: 'uniform', s: 3 },
    xavier: { weight_init: 'xavier', bias_init: 'xavier', s: 1 },
  } as const;
  const i = inits[p.init as keyof typeof inits];
  return {
    widths: [1, ...Array(p.hidden).fill(p.width), 1], activation: p.activation as 'relu', weight_init: i.weight_init, weight_scale: i.s,
    bias_init: i.bias_init, bias_scale: i.s, optimizer: 'adam', lr: p.lr, batch_size: 0, loss_scale: 1, seed, x, y,
  };
}

function analyse(s: MlpSession, x: Float64Array, grid: Float64Array): Analysis {
  return s.features({ x, grid, count: PRINCIPAL, max_features: MAX_FEATURES });
}

class LinSession extends NetworkSession<LinResult> {
  private readonly grid = linspace(-1, 1, GRID);
  private readonly x: Float64Array;
  private readonly y: Float64Array;
  private readonly atInit: Analysis;
  private readonly fitInit: Float64Array;
  private readonly seeds: LinResult['seeds'] = [];
  private now: Analysis;
  private analysedAt = 0;

  constructor(engine: Engine, private readonly p: LinParams, x = linspace(-1, p.range === 'left' ? 0.4 : 1, p.points)) {
    const y = x.map(targets[p.target].f);
    super(new MlpSession(engine, config(p, p.seed, x, y)), p.steps);
    this.x = x;
    this.y = y;
    try {
      this.atInit = this.now = analyse(this.net, this.x, this.grid);
      this.fitInit = this.net.predict(this.grid);
      for (let k = 0; k < 4; k++) {
        const f = withSession(engine, config(p, p.seed + k, x, y), (s) => s.features({ x, grid: this.grid, count: 1, max_features: 1 }));
        this.seeds.push({ seed: p.seed + k, principal: f.principal[0], feature: f.layers[0].weights[0] });
      }
    } catch (e) {
      this.net.dispose();
      throw e;
    }
  }

  result(settled: boolean): LinResult {
    if (settled && this.analysedAt !== this.step) {
      this.now = analyse(this.net, this.x, this.grid);
      this.analysedAt = this.step;
    }
    const h = this.net.history();
    return {
      grid: this.grid, data_x: this.x, data_y: this.y, target: this.grid.map(targets[this.p.target].f),
      fit: this.net.predict(this.grid), fit_init: this.fitInit, step: this.step, total: this.total,
      loss: h.loss, grad_norms: h.grad_norms, diverged_at: this.net.divergedAt,
      at_init: this.atInit, now: this.now, analysed_at: this.analysedAt, seeds: this.seeds,
    };
  }
}

export function train(engine: Engine, p: LinParams): TrainingSession<LinResult> {
  return new LinSession(engine, p);
}

export function compute(engine: Engine, p: LinParams, ctx?: ComputeContext): LinResult {
  return trainToEnd(train(engine, p), ctx);
}
