// A widget's parameters in the page URL as `<key>.<param>=<text>`, so a link
// restores the exact state. Only values that differ from the starting ones
// are written, keeping links short.
import { format, sameValue, type Value } from './params';
import type { Schema } from './types';

const MAX_QUERY = 8000;

/** This widget's entries in the page URL; a URL too long to be ours is ignored whole. */
export function readUrl(key: string): { entries: [string, string][]; tooLong: boolean } {
  if (location.search.length > MAX_QUERY) return { entries: [], tooLong: true };
  const prefix = `${key}.`;
  const out: [string, string][] = [];
  for (const [k, v] of new URLSearchParams(location.search))
    if (k.startsWith(prefix)) out.push([k.slice(prefix.length), v]);
  return { entries: out, tooLong: false };
}

export function writeUrl(key: string, schema: Schema, values: Record<string, Value>, start: Record<string, Value>): void {
  const q = new URLSearchParams(location.search);
  for (const name of Object.keys(schema)) {
    const k = `${key}.${name}`;
    if (sameValue(values[name], start[name])) q.delete(k);
    else q.set(k, format(schema[name], values[name]));
  }
  const search = q.toString();
  const url = `${location.pathname}${search ? `?${search}` : ''}${location.hash}`;
  history.replaceState(history.state, '', url);
}

export function linkFor(key: string, schema: Schema, values: Record<string, Value>, start: Record<string, Value>): string {
  const q = new URLSearchParams();
  for (const name of Object.keys(schema))
    if (!sameValue(values[name], start[name])) q.set(`${key}.${name}`, format(schema[name], values[name]));
  const search = q.toString();
  return `${location.origin}${location.pathname}${search ? `?${search}` : ''}`;
}
