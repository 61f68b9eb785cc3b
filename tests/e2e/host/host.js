// The host page's own script (an external file: the page's CSP allows no
// inline script): sizes the iframes from their height messages, as the
// listener snippet on the Embedding page does.
addEventListener('message', (e) => {
  if (!e.data || e.data.stepwise !== 'height') return;
  for (const f of document.querySelectorAll('iframe[data-stepwise]'))
    if (f.contentWindow === e.source) f.style.height = Math.min(Number(e.data.height) || 0, 10000) + 'px';
});
