// Main-thread side of the compute Worker. One Worker per widget element;
// cancelling terminates it (a long C++ loop cannot be interrupted otherwise)
// and the next run starts a fresh one. Where no Worker can start, the compute
// runs on this thread instead (see main-thread.ts).
import { EngineFault, ParamError } from './engine';
import { computeHere, trainHere } from './main-thread';
import { spawnWorker } from './spawn-worker';
import type { Speed, TrainFrame, TrainLoop, TrainRequest } from './train-loop';
import type { WorkerReply } from './worker';

let noWorkers = false;

/** A Worker, or null where the browser refuses one (cross-origin or file://: it throws synchronously). */
function tryWorker(): Worker | null {
  if (noWorkers) return null;
  try {
    return spawnWorker();
  } catch {
    noWorkers = true;
    return null;
  }
}

export class WorkerRunner {
  private worker: Worker | null = null;
  private nextId = 1;
  private pending: { id: number; reject: (e: Error) => void } | null = null;

  run<R>(widget: string, params: object, onProgress: (f: number) => void): Promise<R> {
    this.cancel();
    const id = this.nextId++;
    this.warm();
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
        if (!('id' in m) || m.id !== id) return;
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

  /** Starts the Worker (and its engine) now, ahead of the first run. */
  warm(): void {
    this.worker ??= tryWorker();
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

/**
 * Main-thread side of a training widget: one Worker holds the session; this
 * sends play/pause/step/speed and receives frames. Each start() begins a new
 * run; frames and errors of older runs are dropped.
 */
export class TrainerRunner {
  private worker: Worker | null = null;
  /** The same loop on this thread, where no Worker can start. */
  private local: TrainLoop | null = null;
  private run = 0;

  constructor(
    private readonly onFrame: (frame: TrainFrame) => void,
    private readonly onError: (e: Error) => void,
  ) {}

  start(widget: string, params: object, speed: Speed, play: boolean): void {
    this.run += 1;
    this.send({ train: 'start', run: this.run, widget, params: params as Record<string, unknown>, speed, play });
  }
  play(speed: Speed): void {
    this.send({ train: 'play', run: this.run, speed });
  }
  pause(): void {
    this.send({ train: 'pause', run: this.run });
  }
  step(): void {
    this.send({ train: 'step', run: this.run });
  }
  speed(speed: Speed): void {
    this.send({ train: 'speed', run: this.run, speed });
  }

  dispose(): void {
    this.worker?.terminate();
    this.worker = null;
    void this.local?.handle({ train: 'stop', run: this.run });
    this.local = null;
  }

  /** Starts the Worker (and its engine) now, ahead of the first run. */
  warm(): void {
    if (this.worker || this.local) return;
    const w = tryWorker();
    if (!w) {
      // Frames are copied, as a Worker's messages would be.
      this.local = trainHere(
        (run, frame) => {
          if (run === this.run) this.onFrame(structuredClone(frame));
        },
        (run, err) => {
          if (run === this.run) this.onError(err as Error);
        },
      );
      return;
    }
    w.onmessage = (e: MessageEvent<WorkerReply>) => {
      const r = e.data;
      if (!('run' in r) || r.run !== this.run) return;
      if ('frame' in r) this.onFrame(r.frame);
      else this.onError(r.error.fault ? new EngineFault(r.error.message) : new ParamError(r.error.message, r.error.param));
    };
    w.onerror = (e) => {
      this.dispose();
      this.onError(new EngineFault(`The training worker failed: ${e.message}`));
    };
    this.worker = w;
  }

  private send(m: TrainRequest): void {
    this.warm();
    if (this.local) this.local.handle(m).catch((err) => this.onError(err as Error));
    else this.worker!.postMessage(m);
  }
}
