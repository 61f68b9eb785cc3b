// Runs a Worker widget's compute on the page's own thread, for pages that
// cannot start the Worker: a script embed on another origin (browsers only
// start same-origin Workers) or a standalone file opened from disk.
import { loadWidget } from '../runtime/registry';
import { engine } from './browser';

export async function computeHere<R>(widget: string, params: object, onProgress: (f: number) => void): Promise<R> {
  const [def] = await Promise.all([loadWidget(widget), engine.ready()]);
  onProgress(0);
  // Let the progress bar paint before the thread is busy.
  await new Promise((r) => setTimeout(r, 0));
  return def.compute(engine, params as never, { progress: onProgress }) as R;
}
