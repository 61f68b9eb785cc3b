// The contract every widget implements: a parameter schema, a pure compute
// (engine + params -> plain result) and a pure view (result -> figures).
import type { Engine } from '../engine/engine';
import { withCues } from './cues';

interface BaseSpec {
  label: string;
  help?: string;
  /** Controls sharing a group are drawn together under that heading. */
  group?: string;
  /**
   * Only the view reads this parameter (e.g. which cell of a sweep to show):
   * changing it redraws from the last result without computing again.
   */
  viewOnly?: boolean;
}
export interface NumberSpec extends BaseSpec {
  kind: 'number';
  default: number;
  min: number;
  max: number;
  /** Slider resolution on a linear scale; typed input accepts any value in range. */
  step?: number;
  scale?: 'linear' | 'log';
  integer?: boolean;
  unit?: string;
}
export interface SelectSpec extends BaseSpec {
  kind: 'select';
  default: string;
  options: { value: string; label: string }[];
}
export interface ToggleSpec extends BaseSpec {
  kind: 'toggle';
  default: boolean;
}
export interface ListSpec extends BaseSpec {
  kind: 'list';
  default: number[];
  minLength: number;
  maxLength: number;
  min?: number;
  max?: number;
}
export interface MatrixSpec extends BaseSpec {
  kind: 'matrix';
  default: number[][];
  maxRows: number;
  maxCols: number;
  min?: number;
  max?: number;
}
export type ParamSpec = NumberSpec | SelectSpec | ToggleSpec | ListSpec | MatrixSpec;
export type Schema = Record<string, ParamSpec>;

export type ValueOf<S extends ParamSpec> = S extends NumberSpec
  ? number
  : S extends SelectSpec
    ? string
    : S extends ToggleSpec
      ? boolean
      : S extends ListSpec
        ? number[]
        : number[][];
export type Params<S extends Schema> = { [K in keyof S]: ValueOf<S[K]> };

export interface ComputeContext {
  /** Long computations report progress in [0, 1]; a no-op outside a Worker. */
  progress(fraction: number): void;
}

export interface Readout {
  label: string;
  value: string;
  /** Shown as a tooltip: what the number means or how it was computed. */
  hint?: string;
}

export interface Plot {
  id: string;
  title: string;
  data: Record<string, unknown>[];
  layout: Record<string, unknown>;
}

export interface View {
  plots: Plot[];
  readouts: Readout[];
  /** One sentence for screen readers, updated live: what the plots show now. */
  summary: string;
  /** Short notices drawn under the plots (e.g. "diverged at step 37"). */
  notes?: string[];
}

export interface WidgetDef<S extends Schema = Schema, R = unknown> {
  id: string;
  title: string;
  chapter: number;
  schema: S;
  /** Output field -> description, for `solve --help`. */
  outputs: Record<string, string>;
  compute(engine: Engine, params: Params<S>, ctx?: ComputeContext): R;
  view(result: R, params: Params<S>): View;
  /** Run compute in a Worker (training, Monte-Carlo, timing sweeps). */
  worker?: boolean;
  presets?: { label: string; params: Partial<Params<S>> }[];
  /** A training widget: the runtime plays this session in a Worker (see TrainingSession). */
  train?(engine: Engine, params: Params<S>): TrainingSession<R>;
  /** A click on a plot may set parameters (e.g. pick a start point). */
  onPlotClick?(plotId: string, x: number, y: number, params: Params<S>): Partial<Params<S>> | null;
}

/**
 * A training run the runtime drives step by step, in a Worker in the page:
 * play, pause, single step, restart and speed. `compute` of the same widget
 * must equal running a fresh session to the end (see runtime/training.ts),
 * so `solve` and the tests see what the page shows at the last step.
 */
export interface TrainingSession<R> {
  /** Takes up to n more steps; returns how many were taken (0 once done). */
  advance(n: number): number;
  /** Steps taken so far. */
  readonly step: number;
  /** Steps the run aims for: progress is step / total. */
  readonly total: number;
  /** Reached total, or stopped early (e.g. diverged). */
  readonly done: boolean;
  /**
   * What to draw now. `settled` is false for frames while playing and true
   * when the run starts, pauses or ends: costly analysis can wait for it.
   */
  result(settled: boolean): R;
  /** Frees engine objects; the runtime always calls it. */
  dispose(): void;
}

/** Lets a widget file declare its schema once and keep full typing. */
export function defineWidget<S extends Schema, R>(def: WidgetDef<S, R>): WidgetDef<S, R> {
  return { ...def, view: (result, params) => withCues(def.view(result, params)) };
}
