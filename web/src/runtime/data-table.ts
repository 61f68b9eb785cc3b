// A plot's data as an HTML table: the text alternative to the picture for
// screen-reader and keyboard users. Built with DOM calls only (never innerHTML),
// since trace names can come from reader-typed values.
import { num } from './format';
import { plotColumns } from './plots';
import type { Plot } from './types';

/** Rows shown; the CSV button has them all. */
export const MAX_TABLE_ROWS = 200;

function cell(tag: 'td' | 'th', text: string): HTMLTableCellElement {
  const c = document.createElement(tag);
  c.textContent = text;
  return c;
}

const show = (v: unknown) => (typeof v === 'number' ? num(v, 6) : v === null || v === undefined ? '' : String(v));

export function dataTable(plot: Plot): HTMLTableElement {
  const cols = plotColumns(plot);
  const n = Math.max(0, ...cols.map((c) => c.values.length));
  const table = document.createElement('table');
  const caption = document.createElement('caption');
  caption.textContent = n > MAX_TABLE_ROWS
    ? `${plot.title}: the first ${MAX_TABLE_ROWS} of ${n} rows (CSV has all)`
    : `${plot.title}: ${n} rows`;
  const head = document.createElement('tr');
  head.append(...cols.map((c) => {
    const th = cell('th', c.name);
    th.scope = 'col';
    return th;
  }));
  const thead = document.createElement('thead');
  thead.append(head);
  const body = document.createElement('tbody');
  for (let i = 0; i < Math.min(n, MAX_TABLE_ROWS); i++) {
    const tr = document.createElement('tr');
    tr.append(...cols.map((c) => cell('td', show(c.values[i]))));
    body.append(tr);
  }
  table.append(caption, thead, body);
  return table;
}
