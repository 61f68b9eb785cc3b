// Main-thread side of the compute Worker. One Worker per widget element;
// cancelling terminates it (a long C++ loop cannot be interrupted otherwise)
// and the next run starts a fresh one. Where no Worker can start, the compute
// runs on this thread instead (see main-thread.ts).
import { EngineFault, ParamError } from './engine';
import { computeHere } from './main-thread';
import { spawnWorker } from './spawn-worker';
import type { WorkerReply } from './worker';

let noWorkers = false;

export class WorkerRunner {
  private worker: Worker | null = null;
  private nextId = 1;
  private pending: { id: number; reject: (e: Error) => void } | null = null;

  run<R>(widget: string, params: object, onProgress: (f: number) => void): Promise<R> {
    this.cancel();
    const id = this.nextId++;
    if (!this.worker && !noWorkers) {
      try {
        this.worker = spawnWorker();
      } catch {
        noWorkers = true; // cross-origin or file://: the browser refuses synchronously
      }
    }
    const worker = this.worker;
    if (!worker)
      return new Promise<R>((resolve, reject) => {
        this.pending = { id, reject };
        // A cancelled run cannot be stopped here; its late result is dropped.
        const settle = (finish: () => void) => {
          if (this.pending?.id !== id) return;
          this.pending = null;
          finish();
        };
        computeHere<R>(widget, params, onProgress).then((r) => settle(() => resolve(r)), (e) => settle(() => reject(e)));
      });
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
