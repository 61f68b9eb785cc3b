// Widget discovery in Node: every folder of web/src/widgets with an index.ts.
import { existsSync, readdirSync } from 'node:fs';
import type { WidgetDef } from '../runtime/types';

const dir = new URL('../widgets/', import.meta.url);

export function widgetIds(): string[] {
  return readdirSync(dir)
    .filter((d) => existsSync(new URL(`${d}/index.ts`, dir)))
    .sort();
}

export async function loadWidget(id: string): Promise<WidgetDef> {
  if (!widgetIds().includes(id)) throw new Error(`unknown widget "${id}"; widgets: ${widgetIds().join(', ')}`);
  return (await import(new URL(`${id}/index.ts`, dir).href)).widget;
}

/** JSON for results: typed arrays become arrays; non-finite numbers become null. */
export function toJson(value: unknown, indent = 2): string {
  return JSON.stringify(
    value,
    (_k, v) => {
      if (ArrayBuffer.isView(v) && !(v instanceof DataView)) return Array.from(v as unknown as ArrayLike<number>);
      if (typeof v === 'number' && !Number.isFinite(v)) return null;
      return v;
    },
    indent,
  );
}
