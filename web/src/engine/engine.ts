// One WASM instance behind a small typed API. Bound functions take a plain
// params object and return a plain result or {error, param}; this layer turns
// the latter into ParamError, and a trap into EngineFault after dropping the
// instance so the next call gets a fresh one. Stateful C++ objects (trainers)
// are created, called and deleted only through this layer (`create`), so
// none outlives its use or its module instance.
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

type RawObject = Record<string, unknown> & { delete(): void };

/** A C++ object owned by the engine; see Engine.create. */
export class EngineObject {
  constructor(
    private readonly engine: Engine,
    private readonly raw: RawObject,
    private readonly generation: number,
  ) {}

  /** Calls a method; errors and traps are handled like Engine.call. */
  call<T>(method: string, ...args: unknown[]): T {
    return this.engine.callMethod<T>(this, this.raw, this.generation, method, args);
  }

  /** Deletes the C++ object. Safe to call twice or after a restart. */
  dispose(): void {
    this.engine.release(this, this.raw, this.generation);
  }
}

export class Engine {
  private module: EngineModule | null = null;
  private objects = new Set<EngineObject>();
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
    const f = this.loadedModule()[fn];
    if (typeof f !== 'function') throw new Error(`The engine has no function "${fn}".`);
    return this.checked<T>(() => (f as (p: object) => unknown)(params));
  }

  /**
   * Makes an instance of a bound C++ class (e.g. `MlpTrainer`). The engine
   * owns it: call its methods through `EngineObject.call`, and `dispose()` it
   * when done. A trap anywhere drops the module and with it every object.
   */
  create(className: string): EngineObject {
    const C = this.loadedModule()[className];
    if (typeof C !== 'function') throw new Error(`The engine has no class "${className}".`);
    const raw = this.checked<RawObject>(() => new (C as new () => RawObject)());
    const obj = new EngineObject(this, raw, this.generation);
    this.objects.add(obj);
    return obj;
  }

  /** How many created objects are not yet disposed (for tests). */
  get liveObjects(): number {
    return this.objects.size;
  }

  /** @internal Used by EngineObject. */
  callMethod<T>(obj: EngineObject, raw: RawObject, generation: number, method: string, args: unknown[]): T {
    if (!this.objects.has(obj) || generation !== this.generation || !this.module)
      throw new EngineFault('This computation was reset when the engine restarted; start it again.');
    const f = raw[method];
    if (typeof f !== 'function') throw new Error(`The engine object has no method "${method}".`);
    return this.checked<T>(() => (f as (...a: unknown[]) => unknown).apply(raw, args));
  }

  /** @internal Used by EngineObject. */
  release(obj: EngineObject, raw: RawObject, generation: number): void {
    if (!this.objects.delete(obj)) return;
    // Objects of a dropped instance died with its memory.
    if (generation === this.generation && this.module) raw.delete();
  }

  private loadedModule(): EngineModule {
    if (!this.module) throw new EngineFault('The compute engine is not loaded yet.');
    return this.module;
  }

  private checked<T>(run: () => unknown): T {
    let out: unknown;
    try {
      out = run();
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
    this.objects.clear();
  }

  /** The raw module, for tests that need to force a trap. */
  get raw(): EngineModule | null {
    return this.module;
  }
}
