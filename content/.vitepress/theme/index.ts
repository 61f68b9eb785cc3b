// Without VitePress's bundled Inter: system fonts, and ~330 KB (gzipped) less per page.
import DefaultTheme from 'vitepress/theme-without-fonts'
import { withBase, type Theme } from 'vitepress'
import 'katex/dist/katex.min.css'
import './custom.css'

let runtimeRequested = false

// Load the widget runtime (custom elements) in the browser only. The runtime
// lives in web/src/runtime/register.ts; until it exists the glob is empty and
// the book still builds and renders (widgets then stay as inert elements).
function loadRuntime(): void {
  if (runtimeRequested) return
  runtimeRequested = true
  const found = import.meta.glob('../../../web/src/runtime/register.{ts,js,mjs}')
  const loader = Object.values(found)[0]
  if (!loader) return
  loader()
    .then((mod: any) => {
      // The embed-code button points at this build's embed/ folder.
      if (typeof mod?.registerStepwise === 'function')
        return mod.registerStepwise({ embedHome: new URL(withBase('/embed/'), location.href).href })
      console.warn('[stepwise] runtime module has no registerStepwise() export')
    })
    .catch((err: unknown) => {
      console.error('[stepwise] could not load the widget runtime', err)
    })
}

// The service worker (built by scripts/lib/offline.mjs) precaches the whole
// book, so it keeps working offline after the first visit.
function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return
  // After the page has loaded, so precaching never competes with the first view.
  const register = () =>
    navigator.serviceWorker.register(withBase('/sw.js')).catch((err: unknown) => {
      console.warn('[stepwise] offline support is unavailable:', err)
    })
  if (document.readyState === 'complete') register()
  else addEventListener('load', register, { once: true })
}

// Iframe embeds report their height (web/src/embed/frame.ts); the book's own
// (on the Embedding page) are sized from it, as the snippet there shows.
function sizeEmbeddedFrames(): void {
  addEventListener('message', (e) => {
    if (!e.data || e.data.stepwise !== 'height') return
    for (const f of document.querySelectorAll<HTMLIFrameElement>('iframe[data-stepwise]'))
      if (f.contentWindow === e.source) f.style.height = `${Math.min(Number(e.data.height) || 0, 10000)}px`
  })
}

const theme: Theme = {
  extends: DefaultTheme,
  enhanceApp() {
    if (import.meta.env.SSR) return
    loadRuntime()
    registerServiceWorker()
    sizeEmbeddedFrames()
  },
}

export default theme
