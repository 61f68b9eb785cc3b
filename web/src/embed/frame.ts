// The iframe pages (embed/<widget>.html): the page's query string carries the
// element's attributes (params, hide, lock, theme), and the page reports its
// height to the parent so a listener there can size the frame.
import { registerStepwise } from '../runtime/register';
import { loadWidget } from '../runtime/registry';

const query = new URLSearchParams(location.search);
const el = document.querySelector('stepwise-widget')!;
for (const name of ['params', 'hide', 'lock', 'theme']) {
  const v = query.get(name);
  if (v) el.setAttribute(name, v.slice(0, 8000));
}

// Styles through CSSOM, so a strict CSP (style-src 'self') needs no exception.
const sheet = new CSSStyleSheet();
sheet.replaceSync('html, body { margin: 0; padding: 0; background: transparent; } body { padding: 1px; }');
document.adoptedStyleSheets = [sheet];

registerStepwise({ urlState: false, embedHome: new URL(/* @vite-ignore */ './', import.meta.url).href });
loadWidget(el.getAttribute('name') ?? '').then((d) => (document.title = `${d.title} · Stepwise`), () => {});

if (parent !== window) {
  let last = 0;
  new ResizeObserver(() => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    // Only a number is sent, so any parent may read it.
    parent.postMessage({ stepwise: 'height', height }, '*');
  }).observe(document.body);
}
