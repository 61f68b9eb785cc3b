// The compute Worker, in a module of its own so a build that cannot use
// Workers (the standalone file, opened from disk) can replace it.
export function spawnWorker(): Worker {
  return new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
}
