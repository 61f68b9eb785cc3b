// One WASM instance behind a small typed API. Bound functions take a plain
// params object and return a plain result or {error, param}; this layer turns
// the latter into ParamError, and a trap into EngineFault after dropping the
// instance so the next call gets a fresh one.
export type EngineModule = Record<string, unknown>;
export type ModuleFactory = () => Promise<EngineModule>;

/** A parameter the engine rejected; `param` names the control to blame. */
export class ParamError extends Error {
  constructor(
    message: string,
    readonly param?: string,
  ) {
    super(message);
    this.name = 'ParamError';
  }
}

/** The module trapped or failed to load; it is being replaced. */
export class EngineFault extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'EngineFault';
  }
}

export class Engine {
  private module: EngineModule | null = null;
  private loading: Promise<EngineModule> | null = null;
  /** How many instances have been created (1 after the first load). */
  generation = 0;

  constructor(private readonly factory: ModuleFactory) {}

  get loaded(): boolean {
    return this.module !== null;
  }

  async ready(): Promise<this> {
    if (this.module) return this;
    this.loading ??= this.factory().then(
      (m) => {
        this.generation += 1;
        this.module = m;
        return m;
      },
      (e: unknown) => {
        this.loading = null;
        throw new EngineFault(`The compute engine could not load: ${(e as Error)?.message ?? e}`);
      },
    );
    await this.loading;
    return this;
  }

  /** Calls a bound function synchronously. The engine must be ready(). */
  call<T>(fn: string, params: object): T {
    // Reading a field of null or undefined would throw inside the C++ call.
    if (params === null || typeof params !== 'object') throw new ParamError('The parameters must be an object.');
    const m = this.module;
    if (!m) throw new EngineFault('The compute engine is not loaded yet.');
    const f = m[fn];
    if (typeof f !== 'function') throw new Error(`The engine has no function "${fn}".`);
    let out: unknown;
    try {
      out = (f as (p: object) => unknown)(params);
    } catch (e) {
      this.drop();
      throw new EngineFault(`The compute engine stopped (${(e as Error)?.message ?? e}); it has been restarted.`);
    }
    if (out && typeof out === 'object' && typeof (out as { error?: unknown }).error === 'string') {
      const { error, param } = out as { error: string; param?: string };
      throw new ParamError(error, param || undefined);
    }
    return out as T;
  }

  /** Forgets the current instance; the next ready() makes a new one. */
  drop(): void {
    this.module = null;
    this.loading = null;
  }

  /** The raw module, for tests that need to force a trap. */
  get raw(): EngineModule | null {
    return this.module;
  }
}
