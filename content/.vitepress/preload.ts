// A page with a widget needs the widget runtime, Plotly, the .wasm and each
// widget's own module, but the browser would only ask for them after
// VitePress has hydrated the page (about a second into a cold load on the
// build machine), and for a widget's module only after the runtime has run.
// Preload links in <head> start those downloads alongside the page's own scripts.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

// Chunk names as Rollup gives them (runtime/register.ts, web/plotly-partial.ts).
const CHUNKS = [/^register\.[\w-]+\.js$/, /^plotly\.[\w-]+\.js$/]

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
    manifest = { dir: outDir, entries: existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {} }
  }
  return manifest.entries
}

/** The files of a widget's module and of every chunk it imports statically. */
function widgetFiles(entries: Manifest, name: string): string[] {
  const key = Object.keys(entries).find((k) => k.endsWith(`web/src/widgets/${name}/index.ts`))
  const files = new Set<string>()
  const visit = (k: string | undefined) => {
    const e = k === undefined ? undefined : entries[k]
    if (!e || files.has(e.file)) return
    files.add(e.file)
    for (const i of e.imports ?? []) visit(i)
  }
  visit(key)
  return [...files]
}

export function preloadWidgetAssets(html: string, outDir: string, base: string, assets: string[]): string {
  if (!html.includes('<stepwise-widget')) return html
  const dir = path.join(outDir, 'assets/chunks')
  // The client bundle is written before pages are rendered, so its chunks are on disk.
  const chunks = existsSync(dir) ? readdirSync(dir).filter((f) => CHUNKS.some((re) => re.test(f))).map((f) => `assets/chunks/${f}`) : []
  const entries = readManifest(outDir)
  const names = [...html.matchAll(/<stepwise-widget[^>]*\sname="([\w-]+)"/g)].map((m) => m[1])
  const files = new Set([...chunks, ...names.flatMap((n) => widgetFiles(entries, n))])
  const links = [...files].filter((f) => !html.includes(`href="${base}${f}"`)).map((f) => `<link rel="modulepreload" href="${base}${f}">`)
  // `crossorigin` (same-origin credentials) matches the glue's own
  // fetch(url, {credentials: 'same-origin'}), so the preloaded response is used.
  for (const wasm of assets.filter((a) => /\/stepwise\.[\w-]+\.wasm$/.test(a)))
    links.push(`<link rel="preload" href="${wasm}" as="fetch" type="application/wasm" crossorigin>`)
  return html.replace('</head>', `${links.join('\n')}\n</head>`)
}
