// Typed access to the C++ MLP trainer (cpp/bindings/ch09_mlp_trainer.cpp),
// shared by chapters 8 to 10. A session owns one engine object: dispose() it.
import type { TrainingSession } from '../runtime/types';
import type { Engine, EngineObject } from './engine';

export type Activation = 'relu' | 'tanh' | 'sigmoid' | 'identity';
export type InitKind = 'uniform' | 'xavier' | 'he';
export type OptimizerKind = 'sgd' | 'momentum' | 'adagrad' | 'rmsprop' | 'adam';

export interface MlpConfig {
  /** Layer widths from input to output, e.g. [1, 64, 64, 1]. */
  widths: number[];
  activation: Activation;
  weight_init: InitKind;
  /** Half-width s of uniform(−s, s) initialization (unused by Xavier and He). */
  weight_scale: number;
  bias_init: InitKind | 'zero';
  bias_scale: number;
  optimizer: OptimizerKind;
  lr: number;
  /** 0: full batch. */
  batch_size: number;
  /** c in L = c · mean ‖f(x) − y‖²: 1 for MSE, 0.5 for the ½ convention. */
  loss_scale: number;
  seed: number;
  /** Inputs and targets, one sample after another. */
  x: ArrayLike<number>;
  y: ArrayLike<number>;
}

export interface MlpHistory {
  /** Batch loss before each step. */
  loss: Float64Array;
  /** Per layer, ‖∂L/∂(W_l, b_l)‖ at each step. */
  grad_norms: Float64Array[];
  /** Loss of the current parameters on all the data. */
  full_loss: number;
}

export interface MlpLayer {
  /** Column-major rows × cols. */
  w: Float64Array;
  b: Float64Array;
  rows: number;
  cols: number;
}

export interface MlpFeatures {
  /** Singular values of the feature matrix at the training inputs, descending. */
  sigma: Float64Array;
  /** Principal features J(grid) vᵢ / σᵢ, one row per feature. */
  principal: Float64Array[];
  /** Per layer (index 0 = layer 1): ∂f/∂W_l entries (column-major order) and ∂f/∂b_l on the grid, one row each. */
  layers: { weights: Float64Array[]; biases: Float64Array[] }[];
}

export class MlpSession {
  private readonly obj: EngineObject;
  readonly parameters: number;
  private steps = 0;
  private diverged: number | null = null;

  /** Throws ParamError (naming the parameter) if the configuration is bad. */
  constructor(engine: Engine, config: MlpConfig) {
    this.obj = engine.create('MlpTrainer');
    try {
      this.parameters = this.obj.call<{ parameters: number }>('configure', config).parameters;
    } catch (e) {
      this.obj.dispose();
      throw e;
    }
  }

  get step(): number {
    return this.steps;
  }
  /** The step at which the loss blew up (training stopped there), or null. */
  get divergedAt(): number | null {
    return this.diverged;
  }

  /** Up to `steps` more steps; returns how many were taken. */
  run(steps: number): number {
    const r = this.obj.call<{ step: number; taken: number; diverged_at: number | null }>('run', steps);
    this.steps = r.step;
    this.diverged = r.diverged_at;
    return r.taken;
  }

  history(): MlpHistory {
    return this.obj.call('history');
  }
  predict(x: ArrayLike<number>): Float64Array {
    return this.obj.call('predict', { x });
  }
  layer(l: number): MlpLayer {
    return this.obj.call('layer', l);
  }
  features(opts: { x: ArrayLike<number>; grid: ArrayLike<number>; count: number; max_features: number }): MlpFeatures {
    return this.obj.call('features', opts);
  }
  dispose(): void {
    this.obj.dispose();
  }
}

/** Runs `use` on a fresh session and always disposes it. */
export function withSession<T>(engine: Engine, config: MlpConfig, use: (s: MlpSession) => T): T {
  const s = new MlpSession(engine, config);
  try {
    return use(s);
  } finally {
    s.dispose();
  }
}

/** A training widget's session around one network: done at `total` steps or on divergence. */
export abstract class NetworkSession<R> implements TrainingSession<R> {
  constructor(
    protected readonly net: MlpSession,
    readonly total: number,
  ) {}
  get step(): number {
    return this.net.step;
  }
  get done(): boolean {
    return this.net.step >= this.total || this.net.divergedAt !== null;
  }
  advance(n: number): number {
    return this.net.run(Math.min(n, this.total - this.step));
  }
  abstract result(settled: boolean): R;
  dispose(): void {
    this.net.dispose();
  }
}

/** n evenly spaced points from lo to hi. */
export function linspace(lo: number, hi: number, n: number): Float64Array {
  return Float64Array.from({ length: n }, (_, i) => (n === 1 ? lo : lo + ((hi - lo) * i) / (n - 1)));
}

/** 1-D targets the chapters train on, over x in [-1, 1]. */
export const targets: Record<string, { label: string; f: (x: number) => number }> = {
  sine: { label: 'sin(3x)', f: (x) => Math.sin(3 * x) },
  vee: { label: '|x| − ½', f: (x) => Math.abs(x) - 0.5 },
  bumps: { label: 'two bumps', f: (x) => Math.exp(-20 * (x - 0.4) ** 2) - Math.exp(-20 * (x + 0.4) ** 2) },
  step: { label: 'a smooth step', f: (x) => Math.tanh(8 * x) },
};
export const targetOptions = Object.entries(targets).map(([value, t]) => ({ value, label: t.label }));

/** Keeps every k-th value of a long series (always the last), for plotting. */
export function thin(v: ArrayLike<number>, most = 600): { t: number[]; v: number[] } {
  const k = Math.max(1, Math.ceil(v.length / most));
  const t: number[] = [], out: number[] = [];
  for (let i = 0; i < v.length; i += k) {
    t.push(i);
    out.push(v[i]);
  }
  if (v.length && t[t.length - 1] !== v.length - 1) {
    t.push(v.length - 1);
    out.push(v[v.length - 1]);
  }
  return { t, v: out };
}
