// A page with a widget needs the widget runtime, Plotly and the .wasm, but the
// browser would only ask for them after VitePress has hydrated the page (about
// a second into a cold load on the build machine). Preload links in <head>
// start those downloads alongside the page's own scripts.
import { existsSync, readdirSync } from 'node:fs'
import path from 'node:path'

// Chunk names as Rollup gives them (runtime/register.ts, web/plotly-partial.ts).
const CHUNKS = [/^register\.[\w-]+\.js$/, /^plotly\.[\w-]+\.js$/]

export function preloadWidgetAssets(html: string, outDir: string, base: string, assets: string[]): string {
  if (!html.includes('<stepwise-widget')) return html
  const dir = path.join(outDir, 'assets/chunks')
  // The client bundle is written before pages are rendered, so its chunks are on disk.
  const chunks = existsSync(dir) ? readdirSync(dir).filter((f) => CHUNKS.some((re) => re.test(f))) : []
  const links = chunks.map((f) => `<link rel="modulepreload" href="${base}assets/chunks/${f}">`)
  // `crossorigin` (same-origin credentials) matches the glue's own
  // fetch(url, {credentials: 'same-origin'}), so the preloaded response is used.
  for (const wasm of assets.filter((a) => /\/stepwise\.[\w-]+\.wasm$/.test(a)))
    links.push(`<link rel="preload" href="${wasm}" as="fetch" type="application/wasm" crossorigin>`)
  return html.replace('</head>', `${links.join('\n')}\n</head>`)
}
