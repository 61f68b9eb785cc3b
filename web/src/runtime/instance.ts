// Schema entries for a problem instance X w ≈ y that the reader either types
// into grids or draws at random with a seed (for sizes a grid is too small
// for). The names match cpp/bindings/instance.hpp; the target list is called
// y unless `target` names it otherwise (chapter 6 calls it t).
export function instanceSchema<T extends string = 'y'>(o: { X: number[][]; y: number[]; maxGrid: number; maxRandom: number; rows: number; cols: number; target?: T }) {
  const group = 'Problem instance';
  const name = (o.target ?? 'y') as T;
  const targets = {
    [name]: { kind: 'list' as const, label: `Targets ${name}`, default: o.y, minLength: 1, maxLength: o.maxGrid, min: -1e6, max: 1e6, group, help: 'One entry per row of X.' },
  } as Record<T, { kind: 'list'; label: string; default: number[]; minLength: number; maxLength: number; min: number; max: number; group: string; help: string }>;
  return {
    source: {
      kind: 'select' as const, label: `X and ${name} from`, default: 'grid', group,
      options: [{ value: 'grid', label: 'the grids below' }, { value: 'random', label: 'a random draw (size, seed)' }],
    },
    X: { kind: 'matrix' as const, label: 'Data matrix X', default: o.X, maxRows: o.maxGrid, maxCols: o.maxGrid, min: -1e6, max: 1e6, group, help: 'One sample per row.' },
    ...targets,
    rows: { kind: 'number' as const, label: 'Random: rows n', default: o.rows, min: 1, max: o.maxRandom, integer: true, step: 1, group },
    cols: { kind: 'number' as const, label: 'Random: columns d', default: o.cols, min: 1, max: o.maxRandom, integer: true, step: 1, group },
    seed: { kind: 'number' as const, label: 'Random: seed', default: 1, min: 0, max: 1e6, integer: true, step: 1, group, help: `Entries of X and ${name} are independent standard normals drawn from this seed.` },
  };
}
