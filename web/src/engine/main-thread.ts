// Runs a Worker widget's compute on the page's own thread, for pages that
// cannot start the Worker: a script embed on another origin (browsers only
// start same-origin Workers) or a standalone file opened from disk.
import { loadWidget } from '../runtime/registry';
import { engine } from './browser';
import { TrainLoop, type TrainFrame } from './train-loop';

export async function computeHere<R>(widget: string, params: object, onProgress: (f: number) => void): Promise<R> {
  const [def] = await Promise.all([loadWidget(widget), engine.ready()]);
  onProgress(0);
  // Let the progress bar paint before the thread is busy.
  await new Promise((r) => setTimeout(r, 0));
  return def.compute(engine, params as never, { progress: onProgress }) as R;
}

/** A training loop on this thread; it already yields between time slices. */
export function trainHere(post: (run: number, frame: TrainFrame) => void, fail: (run: number, err: unknown) => void): TrainLoop {
  return new TrainLoop(engine, loadWidget, post, fail);
}
