// <stepwise-widget name="momentum" params="beta=0.1&eta=1" hide="beta" lock="eta">
// Builds controls from the widget's schema, restores state from the URL,
// coalesces input to one update per animation frame, runs compute (here or
// in a Worker), and draws the view with Plotly. Errors are shown beside the
// control they concern; nothing a reader types can blank the widget.
import { engine } from '../engine/browser';
import { EngineFault, ParamError } from '../engine/engine';
import type { TrainFrame } from '../engine/train-loop';
import { Cancelled, TrainerRunner, WorkerRunner } from '../engine/worker-bridge';
import { createControl, type Control } from './controls';
import { embedPanel } from './embed-code';
import { defaults, parseAll, validate, type Value } from './params';
import { dataTable } from './data-table';
import { plotSignature, thinForDrawing } from './draw-plan';
import { linearLogHeatmaps } from './log-heatmap';
import { finitePlot } from './finite-plot';
import { adoptPlotlyStyles, config, download, loadPlotly, plotToCsv, recolor, themedLayout } from './plots';
import { loadWidget } from './registry';
import { settings } from './settings';
import { createTransport, type Transport } from './transport';
import css from './styles.css?inline';
import type { Plot, View, WidgetDef } from './types';
import { linkFor, readUrl, writeUrl } from './url-state';

let sheet: CSSStyleSheet | null = null;
function styles(): CSSStyleSheet {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
  }
  return sheet;
}

let instances = 0;
/** Longest params attribute read; a longer one is ignored whole, with a notice. */
const MAX_ATTR = 8000;
const URL_EVERY_MS = 250;

function h<K extends keyof HTMLElementTagNameMap>(tag: K, cls?: string, text?: string): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (cls) el.className = cls;
  if (text !== undefined) el.textContent = text;
  return el;
}

function listAttr(v: string | null): Set<string> {
  return new Set((v ?? '').split(/[\s,]+/).filter(Boolean).slice(0, 100));
}

export class StepwiseWidget extends HTMLElement {
  private def!: WidgetDef;
  private root!: ShadowRoot;
  private values: Record<string, Value> = {};
  private start: Record<string, Value> = {};
  private controls = new Map<string, Control>();
  private plotDivs = new Map<string, HTMLDivElement>();
  private tables = new Map<string, HTMLElement>();
  /** Per plot id, the signature of what Plotly last drew there (draw-plan.ts). */
  private drawn = new Map<string, string>();
  /** Bumped by every draw; an older draw still running stops at its next await. */
  private drawToken = 0;
  private lastView: View | null = null;
  private frame = 0;
  private urlTimer = 0;
  private lastUrlWrite = -Infinity;
  private runner: WorkerRunner | null = null;
  // Training widgets: the Worker session, its controls, the newest undrawn frame.
  private trainer: TrainerRunner | null = null;
  private transport: Transport | null = null;
  private pendingFrame: TrainFrame | null = null;
  private drawingFrames = false;
  // The last result and the non-view-only values it was computed from.
  private last: { key: string; result: unknown } | null = null;
  private uid = ++instances;
  private els!: {
    box: HTMLElement; readouts: HTMLElement; plots: HTMLElement; notes: HTMLElement; summary: HTMLElement;
    status: HTMLElement; notice: HTMLElement; progress: HTMLElement; bar: HTMLProgressElement;
  };
  private started = false;
  private embedEl: HTMLElement | null = null;
  private themeObserver: MutationObserver | null = null;
  /** Non-finite values the view produced and the runtime kept off the plots (for tests). */
  readonly nonFinite: string[] = [];
  /** The page's engine, so tests can force a trap and watch the recovery. */
  static readonly engine = engine;

  /** Where URL state lives: on by default in the book, off in embeds; the url-state attribute decides. */
  private get key(): string {
    return (this.getAttribute('key') || this.getAttribute('name') || '').slice(0, 60);
  }

  connectedCallback(): void {
    if (this.started) return;
    this.started = true;
    this.root = this.attachShadow({ mode: 'open' });
    this.root.adoptedStyleSheets = [styles()];
    this.root.append(h('div', 'sw-loading', 'Loading the widget…'));
    this.init().catch((e) => this.fatal(e));
  }

  disconnectedCallback(): void {
    if (this.urlTimer) this.writeUrlNow();
    this.runner?.dispose();
    this.trainer?.dispose();
    this.themeObserver?.disconnect();
  }

  private get dark(): boolean {
    const t = this.getAttribute('theme');
    if (t) return t === 'dark';
    return document.documentElement.classList.contains('dark');
  }

  private async init(): Promise<void> {
    const name = this.getAttribute('name') ?? '';
    this.def = await loadWidget(name);
    // Start the engine (or the widget's Worker, on the other core) before
    // Plotly, whose evaluation then holds this thread for a while. The page
    // preloads Plotly's file, so nothing waits for the download.
    if (this.def.train) this.trainerRunner().warm();
    else if (this.def.worker) (this.runner ??= new WorkerRunner()).warm();
    else engine.ready().catch(() => {});
    loadPlotly().catch(() => {});
    const schema = this.def.schema;
    const notices: string[] = [];

    // Starting values: defaults, then the embedding page's params attribute.
    const given = this.getAttribute('params') ?? '';
    if (given.length > MAX_ATTR) notices.push('Page setting: too long, its settings were ignored.');
    const attr = parseAll(schema, new URLSearchParams(given.length > MAX_ATTR ? '' : given));
    notices.push(...attr.problems.map((p) => `Page setting: ${p}.`));
    this.start = attr.values;
    // Then the URL, unless the embedding page turned URL state off.
    const url = this.urlState ? readUrl(this.key) : { entries: [], tooLong: false };
    if (url.tooLong) notices.push('Link: too long, its settings were ignored.');
    const fromUrl = parseAll(schema, url.entries, this.start);
    notices.push(...fromUrl.problems.map((p) => `Link: ${p}.`));
    const hidden = listAttr(this.getAttribute('hide'));
    const locked = listAttr(this.getAttribute('lock'));
    this.values = { ...fromUrl.values };
    for (const k of locked) if (Object.hasOwn(schema, k)) this.values[k] = this.start[k];

    this.build(hidden, locked);
    // A hostile link can carry thousands of bad keys: name a few, count the rest.
    if (notices.length) this.notice([...notices.slice(0, 4), ...(notices.length > 4 ? [`(${notices.length - 4} more ignored.)`] : [])].join(' '));
    this.themeObserver = new MutationObserver(() => this.lastView && this.draw(this.lastView));
    this.themeObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['class'] });

    await Promise.all([this.def.worker || this.def.train ? null : engine.ready(), loadPlotly()]);
    this.update();
  }

  private get urlState(): boolean {
    const a = this.getAttribute('url-state');
    return a ? a !== 'off' : settings.urlState;
  }

  private build(hidden: Set<string>, locked: Set<string>): void {
    const d = this.def;
    const box = h('section', 'sw');
    box.setAttribute('aria-label', `${d.title} (interactive)`);
    const head = h('div', 'sw-head');
    const title = h('h3', 'sw-title', d.title);
    const tools = h('div', 'sw-tools');
    const button = (label: string, help: string, act: () => void) => {
      const b = h('button', undefined, label);
      b.type = 'button';
      b.title = help;
      b.addEventListener('click', act);
      tools.append(b);
      return b;
    };
    button('Reset', 'Back to the starting values', () => this.reset());
    const copy = button('Copy link', 'Copy a link that restores this exact state', async () => {
      const url = linkFor(this.key, d.schema, this.values, defaults(d.schema));
      try {
        await navigator.clipboard.writeText(url);
        copy.textContent = 'Copied';
      } catch {
        prompt('Copy this link:', url);
      }
      setTimeout(() => (copy.textContent = 'Copy link'), 1500);
    });
    if (settings.embedHome) {
      const embed = button('Embed', 'Code that puts this widget, as it is now, on another page', () => {
        this.embedEl?.remove();
        this.embedEl = this.embedEl ? null : this.showEmbed();
        embed.setAttribute('aria-expanded', String(!!this.embedEl));
      });
      embed.setAttribute('aria-expanded', 'false');
    }
    head.append(title, tools);

    const controls = h('div', 'sw-controls');
    const groups = new Map<string, HTMLElement>();
    for (const [key, spec] of Object.entries(d.schema)) {
      if (hidden.has(key)) continue;
      const c = createControl(key, spec, `sw${this.uid}-${key}`, (v) => this.set(key, v));
      c.set(this.values[key]);
      if (locked.has(key)) c.lock('Set by this page');
      this.controls.set(key, c);
      let parent: HTMLElement = controls;
      if (spec.group) {
        let g = groups.get(spec.group);
        if (!g) {
          g = h('fieldset', 'sw-group');
          g.append(h('legend', undefined, spec.group));
          groups.set(spec.group, g);
          controls.append(g);
        }
        parent = g;
      }
      parent.append(c.el);
    }
    if (d.presets?.length) {
      const row = h('div', 'sw-presets');
      row.append(h('span', undefined, 'Presets:'));
      for (const p of d.presets) {
        const b = h('button', undefined, p.label);
        b.type = 'button';
        b.addEventListener('click', () => this.assign(p.params as Record<string, Value>));
        row.append(b);
      }
      controls.append(row);
    }

    const out = h('div', 'sw-out');
    const progress = h('div', 'sw-progress');
    const bar = h('progress');
    bar.max = 1;
    bar.setAttribute('aria-label', 'Computation progress');
    const cancel = h('button', undefined, 'Cancel');
    cancel.type = 'button';
    cancel.addEventListener('click', () => this.runner?.cancel());
    progress.append(bar, cancel);
    progress.hidden = true;
    const readouts = h('dl', 'sw-readouts');
    const plots = h('div', 'sw-plots');
    const notes = h('ul', 'sw-notes');
    const summary = h('p', 'sw-summary');
    summary.setAttribute('aria-live', 'polite');
    const status = h('p', 'sw-error');
    status.setAttribute('role', 'alert');
    status.hidden = true;
    const notice = h('p', 'sw-notice');
    notice.hidden = true;
    if (d.train) {
      const t = () => this.trainer;
      this.transport = createTransport(this.uid, {
        play: () => t()?.play(this.transport!.speed()),
        pause: () => t()?.pause(),
        step: () => t()?.step(),
        restart: () => this.update(true),
        speed: (s) => t()?.speed(s),
      });
    }
    out.append(notice, progress, ...(this.transport ? [this.transport.el] : []), readouts, plots, notes, status, summary);

    const body = h('div', 'sw-body');
    body.append(controls, out);
    box.append(head, body);
    this.root.replaceChildren(box);
    this.els = { box, readouts, plots, notes, summary, status, notice, progress, bar };
  }

  private notice(text: string): void {
    this.els.notice.textContent = text;
    this.els.notice.hidden = false;
  }

  /** Sets parameters from outside (tests, presets, plot clicks). */
  assign(values: Record<string, Value>): void {
    for (const [k, v] of Object.entries(values)) {
      if (!Object.hasOwn(this.def.schema, k) || validate(this.def.schema[k], v)) continue;
      this.values[k] = structuredClone(v);
      this.controls.get(k)?.set(v);
      this.controls.get(k)?.setError(null);
    }
    this.changed();
  }

  private set(key: string, value: Value): void {
    this.values[key] = value;
    this.changed();
  }

  private reset(): void {
    this.values = structuredClone(this.start);
    for (const [k, c] of this.controls) {
      c.set(this.values[k]);
      c.setError(null);
    }
    this.changed();
  }

  /** The embed panel, under the title, for the current values. */
  private showEmbed(): HTMLElement {
    const panel = embedPanel(
      {
        name: this.def.id, title: this.def.title, schema: this.def.schema, values: this.values, defaults: defaults(this.def.schema),
        hide: this.getAttribute('hide') ?? '', lock: this.getAttribute('lock') ?? '', theme: this.getAttribute('theme') ?? '',
        height: this.getBoundingClientRect().height,
      },
      settings.embedHome!,
    );
    this.els.box.querySelector('.sw-head')!.after(panel);
    return panel;
  }

  private changed(): void {
    if (this.embedEl) {
      this.embedEl.remove();
      this.embedEl = this.showEmbed();
    }
    if (this.urlState) this.scheduleUrl();
    if (!this.frame) this.frame = requestAnimationFrame(() => this.update());
  }

  /**
   * history.replaceState costs milliseconds and browsers throttle it, so
   * while a slider is dragged the URL is written at most every URL_EVERY_MS:
   * at once after a pause, and once more at the end.
   */
  private scheduleUrl(): void {
    if (this.urlTimer) return;
    const wait = this.lastUrlWrite + URL_EVERY_MS - performance.now();
    if (wait <= 0) this.writeUrlNow();
    else this.urlTimer = window.setTimeout(() => this.writeUrlNow(), wait);
  }

  private writeUrlNow(): void {
    clearTimeout(this.urlTimer);
    this.urlTimer = 0;
    this.lastUrlWrite = performance.now();
    writeUrl(this.key, this.def.schema, this.values, defaults(this.def.schema));
  }

  /** Computes (or restarts training) unless only view-only parameters changed. */
  private async update(restart = false): Promise<void> {
    this.frame = 0;
    const d = this.def;
    this.els.status.hidden = true;
    for (const c of this.controls.values()) c.setError(null);
    for (const [k, spec] of Object.entries(d.schema)) {
      const e = validate(spec, this.values[k]);
      if (e) return this.problem(`${spec.label} ${e}`, k);
    }
    const key = JSON.stringify(Object.keys(d.schema).filter((k) => !d.schema[k].viewOnly).map((k) => this.values[k]));
    if (this.last?.key === key && this.last.result !== undefined && !restart) return this.show(this.last.result);
    this.last = null;
    if (d.train) return this.startTraining(key);
    try {
      let result: unknown;
      const t0 = performance.now();
      if (d.worker) {
        this.runner ??= new WorkerRunner();
        this.els.progress.hidden = false;
        this.els.bar.value = 0;
        result = await this.runner.run(d.id, this.values, (f) => (this.els.bar.value = f));
        this.els.progress.hidden = true;
      } else {
        await engine.ready();
        result = d.compute(engine, this.values as never);
      }
      this.last = { key, result };
      await this.show(result, true, performance.now() - t0);
    } catch (e) {
      this.failed(e);
    }
  }

  /** computeMs: how long compute took, when it ran for this update. */
  private async show(result: unknown, announce = true, computeMs = 0): Promise<void> {
    const t0 = performance.now();
    const view = this.def.view(result, this.values as never);
    const t1 = performance.now();
    this.els.box.classList.remove('sw-stale');
    const redrawn = await this.draw(view, announce);
    // Milliseconds per stage and how many plots went to Plotly, for the benchmark suite (tests/bench).
    const timing = { compute: computeMs, view: t1 - t0, draw: performance.now() - t1, redrawn };
    this.dispatchEvent(new CustomEvent('stepwise-update', { detail: { view, timing } }));
  }

  /** Starts a fresh training session in the Worker and plays it. */
  private startTraining(key: string): void {
    this.last = { key, result: undefined };
    this.pendingFrame = null;
    this.trainerRunner().start(this.def.id, this.values, this.transport!.speed(), true);
  }

  private trainerRunner(): TrainerRunner {
    return (this.trainer ??= new TrainerRunner(
      (f) => {
        this.transport?.show(f);
        this.last = { key: this.last?.key ?? '', result: f.result };
        this.pendingFrame = f;
        if (!this.drawingFrames) void this.drawFrames();
      },
      (e) => this.failed(e),
    ));
  }

  /** Draws the newest frame once per animation frame; older ones are skipped. */
  private async drawFrames(): Promise<void> {
    this.drawingFrames = true;
    try {
      for (;;) {
        await new Promise(requestAnimationFrame);
        const f = this.pendingFrame;
        this.pendingFrame = null;
        if (!f) break;
        // Only settled frames go to screen readers; playing frames would flood them.
        await this.show(f.result, f.settled);
      }
    } catch (e) {
      this.failed(e);
    } finally {
      this.drawingFrames = false;
    }
  }

  private failed(e: unknown): void {
    this.els.progress.hidden = true;
    if (e instanceof Cancelled) return this.problem('Stopped. Change a setting to run again.');
    if (e instanceof ParamError) return this.problem(e.message, e.param);
    if (e instanceof EngineFault) {
      this.problem(e.message);
      // The faulted instance is gone; load a fresh one for the next change.
      engine.ready().catch(() => {});
      return;
    }
    this.problem(`Something went wrong: ${(e as Error).message}`);
  }

  /** Shows an error beside its control (or under the plots), dims the stale plots. */
  private problem(message: string, param?: string): void {
    const c = param ? this.controls.get(param) : undefined;
    if (c) c.setError(message.replace(new RegExp(`^${param}\\s`), ''));
    else {
      this.els.status.textContent = message;
      this.els.status.hidden = false;
    }
    this.els.box.classList.add('sw-stale');
    this.els.summary.textContent = `Not updated: ${message}`;
    this.dispatchEvent(new CustomEvent('stepwise-error', { detail: { message, param } }));
  }

  /** Draws the view; returns how many plots were handed to Plotly. */
  private async draw(given: View, announce = true): Promise<number> {
    const problems: string[] = [];
    const view = { ...given, plots: given.plots.map((p) => {
      const g = finitePlot(p);
      problems.push(...g.problems);
      return g.plot;
    }) };
    if (problems.length) {
      this.nonFinite.push(...problems);
      console.warn(`[stepwise] ${this.def.id}: non-finite values kept off the plots: ${problems.join('; ')}`);
    }
    this.lastView = view;
    const token = ++this.drawToken;
    const Plotly = await loadPlotly();
    if (token !== this.drawToken) return 0;
    let redrawn = 0;
    const dark = this.dark;
    const seen = new Set<string>();
    for (const plot of view.plots) {
      seen.add(plot.id);
      let div = this.plotDivs.get(plot.id);
      if (!div) {
        div = this.makePlot(plot);
        this.plotDivs.set(plot.id, div);
      }
      const figure = div.parentElement!;
      if (figure.getAttribute('aria-label') !== plot.title) figure.setAttribute('aria-label', plot.title);
      // Only plots whose picture changed go to Plotly (a react costs milliseconds even when nothing changed).
      const signature = plotSignature(plot, dark);
      if (this.drawn.get(plot.id) === signature) continue;
      this.drawn.delete(plot.id);
      const shown = linearLogHeatmaps(thinForDrawing(plot));
      await Plotly.react(div, recolor(shown.data, dark), themedLayout(shown, dark), config);
      this.drawn.set(plot.id, signature);
      redrawn++;
      const table = this.tables.get(plot.id);
      if (table && !table.hidden) table.replaceChildren(dataTable(plot));
      if (token !== this.drawToken) return redrawn;
    }
    for (const [id, div] of this.plotDivs)
      if (!seen.has(id)) {
        Plotly.purge(div);
        div.parentElement!.remove();
        this.plotDivs.delete(id);
        this.tables.delete(id);
        this.drawn.delete(id);
      }
    adoptPlotlyStyles(this.root);
    // Text after the plots, and only what changed: no layout is invalidated between Plotly's measurements.
    this.showReadouts(view.readouts);
    const { notes, summary } = this.els;
    const noteTexts = view.notes ?? [];
    if (notes.children.length !== noteTexts.length || noteTexts.some((n, i) => notes.children[i].textContent !== n))
      notes.replaceChildren(...noteTexts.map((n) => h('li', undefined, n)));
    if (announce && summary.textContent !== view.summary) summary.textContent = view.summary;
    return redrawn;
  }

  /** Updates the readouts in place when only their values changed; rebuilds them otherwise. */
  private showReadouts(list: View['readouts']): void {
    const box = this.els.readouts;
    const items = box.children;
    const same = items.length === list.length && list.every((r, i) => {
      const item = items[i] as HTMLElement;
      return item.firstElementChild?.textContent === r.label && (item.getAttribute('title') ?? undefined) === (r.hint || undefined);
    });
    if (same) {
      list.forEach((r, i) => {
        const dd = items[i].lastElementChild!;
        if (dd.textContent !== r.value) dd.textContent = r.value;
      });
      return;
    }
    box.replaceChildren(
      ...list.map((r) => {
        const item = h('div', 'sw-readout');
        const dt = h('dt', undefined, r.label);
        const dd = h('dd', undefined, r.value);
        if (r.hint) item.title = r.hint;
        item.append(dt, dd);
        return item;
      }),
    );
  }

  private makePlot(plot: Plot): HTMLDivElement {
    const wrap = h('figure', 'sw-plot');
    wrap.setAttribute('role', 'group');
    wrap.style.margin = '0';
    const area = h('div', 'sw-plot-area');
    const tools = h('div', 'sw-plot-tools');
    const png = h('button', undefined, 'PNG');
    png.type = 'button';
    png.title = 'Download this plot as a PNG image';
    png.addEventListener('click', async () => {
      const Plotly = await loadPlotly();
      await Plotly.downloadImage(area, { format: 'png', filename: `${this.def.id}-${plot.id}`, scale: 2 });
    });
    const csv = h('button', undefined, 'CSV');
    csv.type = 'button';
    csv.title = "Download this plot's data as CSV";
    csv.addEventListener('click', () => {
      const current = this.lastView?.plots.find((p) => p.id === plot.id);
      if (current) download(`${this.def.id}-${plot.id}.csv`, plotToCsv(current));
    });
    const table = h('div', 'sw-table');
    table.id = `sw${this.uid}-${plot.id}-table`;
    table.tabIndex = 0;
    table.setAttribute('role', 'region');
    table.setAttribute('aria-label', `Data of ${plot.title}`);
    table.hidden = true;
    const show = h('button', undefined, 'Table');
    show.type = 'button';
    show.title = "Show this plot's data as a table";
    show.setAttribute('aria-expanded', 'false');
    show.setAttribute('aria-controls', table.id);
    show.addEventListener('click', () => {
      table.hidden = !table.hidden;
      show.setAttribute('aria-expanded', String(!table.hidden));
      const current = this.lastView?.plots.find((p) => p.id === plot.id);
      table.replaceChildren(...(!table.hidden && current ? [dataTable(current)] : []));
    });
    this.tables.set(plot.id, table);
    tools.append(show, png, csv);
    wrap.append(area, tools, table);
    this.els.plots.append(wrap);
    if (this.def.onPlotClick) {
      area.classList.add('sw-clickable');
      // Pointer events, not click: Plotly cancels the touch events a tap would
      // turn into a click. A press that moves is a zoom drag, not a pick.
      let down: PointerEvent | null = null;
      area.addEventListener('pointerdown', (ev) => (down = ev), { capture: true });
      area.addEventListener('pointerup', (ev) => {
        if (down?.pointerId === ev.pointerId && Math.hypot(ev.clientX - down.clientX, ev.clientY - down.clientY) < 6) this.plotClick(plot.id, area, ev);
        down = null;
      }, { capture: true });
    }
    return area;
  }

  /** Turns a click anywhere in a plot's axes into data coordinates for onPlotClick. */
  private plotClick(plotId: string, area: HTMLDivElement, ev: MouseEvent): void {
    type Axis = { p2d(px: number): number; _length: number };
    const fl = (area as unknown as { _fullLayout?: { xaxis: Axis; yaxis: Axis; _size: { l: number; t: number } } })._fullLayout;
    if (!fl) return;
    const rect = area.getBoundingClientRect();
    const px = ev.clientX - rect.left - fl._size.l;
    const py = ev.clientY - rect.top - fl._size.t;
    if (px < 0 || py < 0 || px > fl.xaxis._length || py > fl.yaxis._length) return;
    const x = fl.xaxis.p2d(px), y = fl.yaxis.p2d(py);
    if (!Number.isFinite(x) || !Number.isFinite(y)) return;
    const update = this.def.onPlotClick?.(plotId, x, y, this.values as never);
    if (update) this.assign(update as Record<string, Value>);
  }

  private fatal(e: unknown): void {
    const msg = h('p', 'sw-error', `This widget could not start: ${(e as Error)?.message ?? e}`);
    msg.setAttribute('role', 'alert');
    this.root.replaceChildren(msg);
  }

  /** Whether compute or training runs in a Worker (tests force traps only on the page's engine). */
  get usesWorker(): boolean {
    return !!(this.def?.worker || this.def?.train);
  }

  /** Whether the widget drives a training session (play/pause) rather than one compute per change. */
  get trains(): boolean {
    return !!this.def?.train;
  }

  /** The current parameter values (for tests and the embed-code button). */
  get params(): Record<string, Value> {
    return structuredClone(this.values);
  }
}
