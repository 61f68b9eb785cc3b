// The "Embed" panel: copyable snippets that put this widget, in its current
// state, on another page (script form) or in an iframe (for sites that allow
// no scripts). Everything is shown as text; nothing is parsed as HTML.
import { format, sameValue, type Value } from './params';
import type { Schema } from './types';

export interface EmbedState {
  name: string;
  title: string;
  schema: Schema;
  values: Record<string, Value>;
  defaults: Record<string, Value>;
  hide: string;
  lock: string;
  theme: string;
  /** Current rendered height, the iframe's starting height. */
  height: number;
}

/** `a=1&b=1,2`: only what differs from the defaults, in the attribute format. */
export function paramsText(schema: Schema, values: Record<string, Value>, start: Record<string, Value>): string {
  // '+' would read back as a space and '&' or '=' would split the pair.
  const enc = (s: string) => s.replace(/[%&=+#\s]/g, (c) => encodeURIComponent(c));
  return Object.keys(schema)
    .filter((k) => !sameValue(values[k], start[k]))
    .map((k) => `${k}=${enc(format(schema[k], values[k]))}`)
    .join('&');
}

const attr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

function attributes(s: EmbedState): [string, string][] {
  const params = paramsText(s.schema, s.values, s.defaults);
  return (
    [
      ['params', params],
      ['hide', s.hide],
      ['lock', s.lock],
      ['theme', s.theme],
    ] as [string, string][]
  ).filter(([, v]) => v);
}

export function scriptSnippet(s: EmbedState, home: string): string {
  const attrs = attributes(s).map(([k, v]) => ` ${k}="${attr(v)}"`).join('');
  return `<script type="module" src="${attr(new URL('stepwise.js', home).href)}"></script>\n` +
    `<stepwise-widget name="${attr(s.name)}"${attrs}></stepwise-widget>`;
}

export function iframeSnippet(s: EmbedState, home: string): string {
  const url = new URL(`${s.name}.html`, home);
  for (const [k, v] of attributes(s)) url.searchParams.set(k, v);
  return `<iframe src="${attr(url.href)}" title="${attr(s.title)}" data-stepwise\n` +
    `  width="100%" height="${Math.max(300, Math.round(s.height))}" frameborder="0" loading="lazy"></iframe>\n` +
    `<!-- Optional, where scripts are allowed: the frame reports its height. -->\n` +
    `<script>${RESIZE_LISTENER}</script>`;
}

/** Listens for the frames' height messages; also printed on the Embedding page. */
export const RESIZE_LISTENER = `
addEventListener('message', (e) => {
  if (!e.data || e.data.stepwise !== 'height') return;
  for (const f of document.querySelectorAll('iframe[data-stepwise]'))
    if (f.contentWindow === e.source) f.style.height = Math.min(Number(e.data.height) || 0, 10000) + 'px';
});
`;

/** The panel: one read-only text box and a copy button per form. */
export function embedPanel(s: EmbedState, home: string): HTMLElement {
  const panel = document.createElement('div');
  panel.className = 'sw-embed';
  const forms: [string, string, string][] = [
    ['Script', 'For pages where you can add HTML: load the script once, then place any number of widgets.', scriptSnippet(s, home)],
    ['Iframe', 'For sites that allow no scripts (most learning-management systems).', iframeSnippet(s, home)],
  ];
  for (const [label, help, code] of forms) {
    const box = document.createElement('div');
    box.className = 'sw-embed-form';
    const id = `sw-embed-${label.toLowerCase()}-${Math.random().toString(36).slice(2, 8)}`;
    const head = document.createElement('label');
    head.htmlFor = id;
    head.textContent = `${label}: ${help}`;
    const text = document.createElement('textarea');
    text.id = id;
    text.readOnly = true;
    text.rows = code.split('\n').length;
    text.value = code;
    text.spellcheck = false;
    const copy = document.createElement('button');
    copy.type = 'button';
    copy.textContent = `Copy ${label.toLowerCase()} code`;
    copy.addEventListener('click', async () => {
      try {
        await navigator.clipboard.writeText(code);
        copy.textContent = 'Copied';
      } catch {
        text.select(); // the clipboard may be blocked (iframes, http): leave it selected
        copy.textContent = 'Selected: press Ctrl+C';
      }
      setTimeout(() => (copy.textContent = `Copy ${label.toLowerCase()} code`), 2000);
    });
    box.append(head, text, copy);
    panel.append(box);
  }
  return panel;
}
