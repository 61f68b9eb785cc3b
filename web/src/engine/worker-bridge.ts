// Main-thread side of the compute Worker. One Worker per widget element;
// cancelling terminates it (a long C++ loop cannot be interrupted otherwise)
// and the next run starts a fresh one.
import { EngineFault, ParamError } from './engine';
import type { WorkerReply } from './worker';

export class WorkerRunner {
  private worker: Worker | null = null;
  private nextId = 1;
  private pending: { id: number; reject: (e: Error) => void } | null = null;

  run<R>(widget: string, params: object, onProgress: (f: number) => void): Promise<R> {
    this.cancel();
    this.worker ??= new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
    const id = this.nextId++;
    const worker = this.worker;
    return new Promise<R>((resolve, reject) => {
      this.pending = { id, reject };
      worker.onmessage = (e: MessageEvent<WorkerReply>) => {
        const m = e.data;
        if (m.id !== id) return;
        if ('progress' in m) return onProgress(m.progress);
        this.pending = null;
        if ('result' in m) resolve(m.result as R);
        else reject(m.error.fault ? new EngineFault(m.error.message) : new ParamError(m.error.message, m.error.param));
      };
      worker.onerror = (e) => {
        this.pending = null;
        this.dispose();
        reject(new EngineFault(`The background computation failed: ${e.message}`));
      };
      worker.postMessage({ id, widget, params });
    });
  }

  /** Stops the run in progress, if any; its promise rejects with "cancelled". */
  cancel(): void {
    if (!this.pending) return;
    this.pending.reject(new Cancelled());
    this.pending = null;
    this.dispose();
  }

  dispose(): void {
    this.worker?.terminate();
    this.worker = null;
  }
}

export class Cancelled extends Error {
  constructor() {
    super('cancelled');
    this.name = 'Cancelled';
  }
}
