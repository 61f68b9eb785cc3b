// Builds one labelled, keyboard-operable control per schema entry. A control
// reports parsed values through onChange and shows its own error line.
import { format, parse, validate, type Value } from './params';
import type { ListSpec, MatrixSpec, NumberSpec, ParamSpec, SelectSpec } from './types';

export interface Control {
  el: HTMLElement;
  set(value: Value): void;
  setError(message: string | null): void;
  lock(reason: string): void;
}

type OnChange = (value: Value) => void;

function h<K extends keyof HTMLElementTagNameMap>(tag: K, props: Record<string, string> = {}, text?: string) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) el.setAttribute(k, v);
  if (text !== undefined) el.textContent = text;
  return el;
}

const LOG_POSITIONS = 400;

function sliderMapping(spec: NumberSpec) {
  if (spec.scale === 'log') {
    const a = Math.log10(spec.min), b = Math.log10(spec.max);
    return {
      max: LOG_POSITIONS,
      step: 1,
      toPos: (v: number) => Math.round(((Math.log10(v) - a) / (b - a)) * LOG_POSITIONS),
      fromPos: (p: number) => Number((10 ** (a + ((b - a) * p) / LOG_POSITIONS)).toPrecision(3)),
    };
  }
  const step = spec.step ?? (spec.integer ? 1 : (spec.max - spec.min) / 200);
  const n = Math.round((spec.max - spec.min) / step);
  return {
    max: n,
    step: 1,
    toPos: (v: number) => Math.round((v - spec.min) / step),
    fromPos: (p: number) => Number((spec.min + p * step).toPrecision(12)),
  };
}

function frame(key: string, spec: ParamSpec, id: string) {
  const el = h('div', { class: 'ctl', 'data-param': key });
  const label = h('label', { for: id, class: 'ctl-label' }, spec.label);
  if (spec.help) label.title = spec.help;
  const row = h('div', { class: 'ctl-row' });
  const err = h('p', { class: 'ctl-error', id: `${id}-err`, role: 'alert', hidden: '' });
  el.append(label, row, err);
  return {
    el,
    row,
    setError(message: string | null) {
      err.hidden = !message;
      err.textContent = message ? `${spec.label}: ${message}` : '';
      el.classList.toggle('invalid', !!message);
    },
  };
}

function numberControl(key: string, spec: NumberSpec, id: string, onChange: OnChange): Control {
  const f = frame(key, spec, id);
  const map = sliderMapping(spec);
  const range = h('input', { type: 'range', id, min: '0', max: String(map.max), step: String(map.step), 'aria-describedby': `${id}-err` });
  const box = h('input', { type: 'text', inputmode: 'decimal', class: 'ctl-number', 'aria-label': `${spec.label} value`, 'aria-describedby': `${id}-err`, size: '8' });
  f.row.append(range, box);
  if (spec.unit) f.row.append(h('span', { class: 'ctl-unit' }, spec.unit));
  // Screen readers announce the value with its unit, not the slider position.
  const announce = () => range.setAttribute('aria-valuetext', spec.unit ? `${box.value} ${spec.unit}` : box.value);
  const show = (v: number) => {
    box.value = format(spec, v);
    range.value = String(map.toPos(v));
    announce();
  };
  range.addEventListener('input', () => {
    const v = map.fromPos(Number(range.value));
    const clamped = Math.min(spec.max, Math.max(spec.min, spec.integer ? Math.round(v) : v));
    box.value = format(spec, clamped);
    announce();
    f.setError(null);
    onChange(clamped);
  });
  const commit = () => {
    const r = parse(spec, box.value);
    if (!r.ok) return f.setError(r.error);
    f.setError(null);
    range.value = String(map.toPos(r.value as number));
    announce();
    onChange(r.value);
  };
  box.addEventListener('change', commit);
  box.addEventListener('keydown', (e) => e.key === 'Enter' && commit());
  return {
    el: f.el,
    set: (v) => show(v as number),
    setError: f.setError,
    lock(reason) {
      range.disabled = box.disabled = true;
      f.el.title = reason;
    },
  };
}

function selectControl(key: string, spec: SelectSpec, id: string, onChange: OnChange): Control {
  const f = frame(key, spec, id);
  const sel = h('select', { id, 'aria-describedby': `${id}-err` });
  for (const o of spec.options) sel.append(h('option', { value: o.value }, o.label));
  sel.addEventListener('change', () => onChange(sel.value));
  f.row.append(sel);
  return { el: f.el, set: (v) => (sel.value = String(v)), setError: f.setError, lock: (r) => ((sel.disabled = true), (f.el.title = r)) };
}

function toggleControl(key: string, spec: ParamSpec, id: string, onChange: OnChange): Control {
  const f = frame(key, spec, id);
  const box = h('input', { type: 'checkbox', id, 'aria-describedby': `${id}-err` });
  box.addEventListener('change', () => onChange(box.checked));
  f.row.prepend(box);
  f.el.classList.add('ctl-toggle');
  return { el: f.el, set: (v) => (box.checked = !!v), setError: f.setError, lock: (r) => ((box.disabled = true), (f.el.title = r)) };
}

function listControl(key: string, spec: ListSpec, id: string, onChange: OnChange): Control {
  const f = frame(key, spec, id);
  const box = h('input', { type: 'text', id, class: 'ctl-list', spellcheck: 'false', 'aria-describedby': `${id}-err` });
  box.placeholder = 'numbers separated by commas';
  box.addEventListener('input', () => {
    const r = parse(spec, box.value);
    if (!r.ok) return f.setError(r.error);
    f.setError(null);
    onChange(r.value);
  });
  f.row.append(box);
  return { el: f.el, set: (v) => (box.value = format(spec, v).replace(/,/g, ', ')), setError: f.setError, lock: (r) => ((box.disabled = true), (f.el.title = r)) };
}

/** A grid of number cells with buttons to add and remove rows and columns. */
function matrixControl(key: string, spec: MatrixSpec, id: string, onChange: OnChange): Control {
  const f = frame(key, spec, id);
  const grid = h('div', { class: 'ctl-grid', role: 'group', 'aria-labelledby': `${id}-lbl` });
  f.el.querySelector('label')!.id = `${id}-lbl`;
  f.el.querySelector('label')!.removeAttribute('for');
  const tools = h('div', { class: 'ctl-grid-tools' });
  let value: number[][] = structuredClone(spec.default);
  let locked = false;
  const emit = () => {
    const e = validate(spec, value);
    f.setError(e);
    if (!e) onChange(structuredClone(value));
  };
  const draw = () => {
    grid.replaceChildren();
    grid.style.gridTemplateColumns = `repeat(${value[0]?.length ?? 1}, minmax(3.5em, 5em))`;
    value.forEach((row, i) =>
      row.forEach((x, j) => {
        const cell = h('input', { type: 'text', inputmode: 'decimal', 'aria-label': `${spec.label} row ${i + 1} column ${j + 1}` });
        cell.value = format({ kind: 'number', label: '', default: 0, min: -Infinity, max: Infinity }, x);
        cell.disabled = locked;
        cell.addEventListener('input', () => {
          const r = parse({ kind: 'number', label: '', default: 0, min: spec.min ?? -1e300, max: spec.max ?? 1e300 }, cell.value);
          if (!r.ok) return f.setError(`row ${i + 1}, column ${j + 1} ${r.error}`);
          value[i][j] = r.value as number;
          emit();
        });
        grid.append(cell);
      }),
    );
  };
  const button = (label: string, title: string, act: () => void) => {
    const b = h('button', { type: 'button', class: 'ctl-mini', title, 'aria-label': `${title} (${spec.label})` }, label);
    b.addEventListener('click', () => {
      act();
      draw();
      emit();
    });
    tools.append(b);
    return b;
  };
  button('+ row', 'Add a row', () => value.length < spec.maxRows && value.push(new Array(value[0].length).fill(0)));
  button('− row', 'Remove the last row', () => value.length > 1 && value.pop());
  button('+ col', 'Add a column', () => value[0].length < spec.maxCols && value.forEach((r) => r.push(0)));
  button('− col', 'Remove the last column', () => value[0].length > 1 && value.forEach((r) => r.pop()));
  f.row.append(grid);
  f.el.append(tools);
  draw();
  return {
    el: f.el,
    set(v) {
      value = structuredClone(v as number[][]);
      draw();
    },
    setError: f.setError,
    lock(r) {
      locked = true;
      tools.hidden = true;
      f.el.title = r;
      draw();
    },
  };
}

export function createControl(key: string, spec: ParamSpec, id: string, onChange: OnChange): Control {
  switch (spec.kind) {
    case 'number':
      return numberControl(key, spec, id, onChange);
    case 'select':
      return selectControl(key, spec, id, onChange);
    case 'toggle':
      return toggleControl(key, spec, id, onChange);
    case 'list':
      return listControl(key, spec, id, onChange);
    case 'matrix':
      return matrixControl(key, spec, id, onChange);
  }
}
