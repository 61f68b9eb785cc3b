// Worker entry: runs a widget's compute off the main thread, posting progress.
import { engine } from './browser';
import { checkParams } from '../runtime/params';
import { loadWidget } from '../runtime/registry';
import { EngineFault, ParamError } from './engine';

export interface WorkerRequest {
  id: number;
  widget: string;
  params: Record<string, unknown>;
}
export type WorkerReply =
  | { id: number; progress: number }
  | { id: number; result: unknown }
  | { id: number; error: { message: string; param?: string; fault: boolean } };

self.onmessage = async (e: MessageEvent<WorkerRequest>) => {
  const { id, widget, params } = e.data;
  const post = (m: WorkerReply) => (self as unknown as Worker).postMessage(m);
  try {
    await engine.ready();
    const def = await loadWidget(widget);
    checkParams(def.schema, params);
    let last = 0;
    const result = def.compute(engine, params as never, {
      progress(f) {
        const now = performance.now();
        if (now - last > 50 || f >= 1) {
          last = now;
          post({ id, progress: f });
        }
      },
    });
    post({ id, result });
  } catch (err) {
    const e = err as Error;
    post({
      id,
      error: { message: e.message, param: err instanceof ParamError ? err.param : undefined, fault: err instanceof EngineFault },
    });
  }
};
