// Worker entry: runs a widget's compute off the main thread, posting progress,
// or plays a training widget's session (train-loop.ts).
import { engine } from './browser';
import { checkParams } from '../runtime/params';
import { loadWidget } from '../runtime/registry';
import { EngineFault, ParamError } from './engine';
import { TrainLoop, type TrainFrame, type TrainRequest } from './train-loop';

export interface ComputeRequest {
  id: number;
  widget: string;
  params: Record<string, unknown>;
}
export type WorkerRequest = ComputeRequest | TrainRequest;
export interface WorkerError {
  message: string;
  param?: string;
  fault: boolean;
}
export type WorkerReply =
  | { id: number; progress: number }
  | { id: number; result: unknown }
  | { id: number; error: WorkerError }
  | { run: number; frame: TrainFrame }
  | { run: number; error: WorkerError };

// Instantiate the engine as soon as the Worker starts: the page starts its
// widgets' Workers before the first run (widget-element.ts).
engine.ready().catch(() => {});

const post = (m: WorkerReply) => (self as unknown as Worker).postMessage(m);

function describe(err: unknown): WorkerError {
  return {
    message: (err as Error).message,
    param: err instanceof ParamError ? err.param : undefined,
    fault: err instanceof EngineFault,
  };
}

const training = new TrainLoop(
  engine,
  loadWidget,
  (run, frame) => post({ run, frame }),
  (run, err) => post({ run, error: describe(err) }),
);

self.onmessage = async (e: MessageEvent<WorkerRequest>) => {
  const m = e.data;
  if ('train' in m) {
    try {
      await training.handle(m);
    } catch (err) {
      post({ run: m.run, error: describe(err) });
    }
    return;
  }
  const { id, widget, params } = m;
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
    post({ id, error: describe(err) });
  }
};
