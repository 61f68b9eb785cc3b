// A 3-layer and a 5-layer network (2 and 4 hidden layers) trained on the same
// data from every pair of learning rate and initialization scale in a grid.
import type { Engine } from '../../engine/engine';
import { ParamError } from '../../engine/engine';
import { linspace, targets, withSession } from '../../engine/mlp';
import type { ComputeContext, Params } from '../../runtime/types';
import type { schema } from './schema';

export type DepthParams = Params<typeof schema>;

export interface Sweep {
  /** [scale index][lr index]: loss on all points after training (the last finite one if it diverged). */
  final_loss: number[][];
  /** [scale index][lr index]: step where the loss blew up, or null. */
  diverged_at: (number | null)[][];
  /** [scale index][lr index]: the loss at every step. */
  curves: Float64Array[][];
  /** Fraction of cells that end below a tenth of the loss of predicting 0. */
  trained_fraction: number;
}

export interface DepthResult {
  lrs: number[];
  scales: number[];
  /** Mean of y², the loss of predicting 0: the yardstick for "trained". */
  baseline: number;
  three: Sweep;
  five: Sweep;
}

function logGrid(lo: number, hi: number, n: number): number[] {
  return Array.from({ length: n }, (_, i) => lo * (hi / lo) ** (i / (n - 1)));
}

export function compute(engine: Engine, p: DepthParams, ctx?: ComputeContext): DepthResult {
  if (!(p.lr_hi > p.lr_lo)) throw new ParamError('The largest learning rate must be above the smallest.', 'lr_hi');
  if (!(p.scale_hi > p.scale_lo)) throw new ParamError('The largest init scale must be above the smallest.', 'scale_hi');
  const lrs = logGrid(p.lr_lo, p.lr_hi, p.cells), scales = logGrid(p.scale_lo, p.scale_hi, p.cells);
  const x = linspace(-1, 1, p.points), y = x.map(targets[p.target].f);
  const baseline = y.reduce((a, v) => a + v * v, 0) / y.length;
  const total = 2 * p.cells * p.cells;
  let done = 0;
  const sweep = (hidden: number): Sweep => {
    const s: Sweep = { final_loss: [], diverged_at: [], curves: [], trained_fraction: 0 };
    for (const scale of scales) {
      const row: number[] = [], div: (number | null)[] = [], curves: Float64Array[] = [];
      for (const lr of lrs) {
        const config = {
          widths: [1, ...Array(hidden).fill(p.width), 1], activation: p.activation as 'relu', weight_init: 'uniform' as const, weight_scale: scale,
          bias_init: 'uniform' as const, bias_scale: 0, optimizer: p.optimizer as 'sgd', lr, batch_size: 0, loss_scale: 1, seed: p.seed, x, y,
        };
        withSession(engine, config, (net) => {
          net.run(p.steps);
          const h = net.history();
          row.push(net.divergedAt === null ? h.full_loss : h.loss[h.loss.length - 1]);
          div.push(net.divergedAt);
          curves.push(h.loss);
        });
        ctx?.progress(++done / total);
      }
      s.final_loss.push(row);
      s.diverged_at.push(div);
      s.curves.push(curves);
    }
    const cells = s.final_loss.flat().filter((v, i) => s.diverged_at.flat()[i] === null && v < 0.1 * baseline);
    s.trained_fraction = cells.length / (p.cells * p.cells);
    return s;
  };
  return { lrs, scales, baseline, three: sweep(2), five: sweep(4) };
}
