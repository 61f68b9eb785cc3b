// Without VitePress's bundled Inter: system fonts, and ~330 KB (gzipped) less per page.
import DefaultTheme from 'vitepress/theme-without-fonts'
import type { Theme } from 'vitepress'
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
      if (typeof mod?.registerStepwise === 'function') return mod.registerStepwise()
      console.warn('[stepwise] runtime module has no registerStepwise() export')
    })
    .catch((err: unknown) => {
      console.error('[stepwise] could not load the widget runtime', err)
    })
}

const theme: Theme = {
  extends: DefaultTheme,
  enhanceApp() {
    if (!import.meta.env.SSR) loadRuntime()
  },
}

export default theme
