// Every widget folder with an index.ts is a widget; no list to keep in sync.
import type { WidgetDef } from './types';

const modules = import.meta.glob<{ widget: WidgetDef }>('../widgets/*/index.ts');

export function widgetIds(): string[] {
  return Object.keys(modules).map((p) => p.split('/')[2]);
}

export async function loadWidget(id: string): Promise<WidgetDef> {
  const load = modules[`../widgets/${id}/index.ts`];
  if (!load) throw new Error(`There is no widget named "${id.slice(0, 60)}".`);
  return (await load()).widget;
}
