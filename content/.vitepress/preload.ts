// A page with a widget needs the widget runtime, Plotly, the .wasm and each
// widget's own module, but the browser would only ask for them after
// VitePress has hydrated the page (about a second into a cold load on the
// build machine), and for a widget's module only after the runtime has run.
// Preload links in <head> start those downloads alongside the page's own scripts.
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'

interface ManifestEntry {
  file: string
  imports?: string[]
}
type Manifest = Record<string, ManifestEntry>

// The client build's manifest (vite `build.manifest`), written before pages are rendered.
let manifest: { dir: string; entries: Manifest } | null = null
function readManifest(outDir: string): Manifest {
  if (manifest?.dir !== outDir) {
    const file = path.join(outDir, '.vite/manifest.json')
    if (!existsSync(file)) throw new Error(`[stepwise] no client build manifest at ${file}`)
    manifest = { dir: outDir, entries: JSON.parse(readFileSync(file, 'utf8')) }
  }
  return manifest.entries
}

// Manifest keys: a module's source path, or for a chunk the widgets import
// too (the runtime) its file name, `_register.<hash>.js`.
const RUNTIME = (k: string) => k.startsWith('_register.')
const PLOTLY = (k: string) => k.endsWith('web/plotly-partial/plotly.js')
const widget = (name: string) => (k: string) => k.endsWith(`web/src/widgets/${name}/index.ts`)

/** The chunk of the manifest key `is` picks, then every chunk it imports statically. */
function chunkFiles(entries: Manifest, is: (key: string) => boolean): string[] {
  const key = Object.keys(entries).find(is)
  if (key === undefined) throw new Error(`[stepwise] a chunk the widget pages preload is missing from the client build (${is})`)
  const files = new Set<string>()
  const visit = (k: string) => {
    const e = entries[k]
    if (!e || files.has(e.file)) return
    files.add(e.file)
    for (const i of e.imports ?? []) visit(i)
  }
  visit(key)
  return [...files]
}

export function preloadWidgetAssets(html: string, outDir: string, base: string, assets: string[]): string {
  if (!html.includes('<stepwise-widget')) return html
  const entries = readManifest(outDir)
  const names = new Set([...html.matchAll(/<stepwise-widget[^>]*\sname="([\w-]+)"/g)].map((m) => m[1]))
  const files = new Set([RUNTIME, PLOTLY, ...[...names].map(widget)].flatMap((is) => chunkFiles(entries, is)))
  const links = [...files].filter((f) => !html.includes(`href="${base}${f}"`)).map((f) => `<link rel="modulepreload" href="${base}${f}">`)
  // `crossorigin` (same-origin credentials) matches the glue's own
  // fetch(url, {credentials: 'same-origin'}), so the preloaded response is used.
  for (const wasm of assets.filter((a) => /\/stepwise\.[\w-]+\.wasm$/.test(a)))
    links.push(`<link rel="preload" href="${wasm}" as="fetch" type="application/wasm" crossorigin>`)
  return html.replace('</head>', `${links.join('\n')}\n</head>`)
}
