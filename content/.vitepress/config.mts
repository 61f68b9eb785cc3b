import { rmSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitepress'
import markdownItKatexModule from '@vscode/markdown-it-katex'
import { checkAnchors } from './check-anchors'
import { externalHeadScripts } from './head-scripts'
import { preloadWidgetAssets } from './preload'
import { findSolutions, solutions } from './solutions'
import { compileHints } from '../../web/compile-hints'
import { plotlyPartial } from '../../web/plotly-partial'

// The plugin is CommonJS with `exports.default`; depending on how the config
// is loaded we get either the function or the module object.
const markdownItKatex: any =
  (markdownItKatexModule as any).default ?? markdownItKatexModule

const here = path.dirname(fileURLToPath(import.meta.url))

// Base path: `STEPWISE_BASE=/course/book/ vitepress build content`.
function basePath(): string {
  let base = process.env.STEPWISE_BASE || '/'
  if (!base.startsWith('/')) base = '/' + base
  if (!base.endsWith('/')) base = base + '/'
  return base
}

const chapters = [
  { text: '1. Step size and stability', link: '/01-step-size-stability' },
  { text: '2. Step-size schedules', link: '/02-step-size-schedules' },
  { text: '3. Momentum', link: '/03-momentum' },
  { text: '4. Least squares and the SVD', link: '/04-least-squares' },
  { text: '5. Ridge regression', link: '/05-ridge' },
  { text: '6. Implicit bias', link: '/06-implicit-bias' },
  { text: '7. Backpropagation', link: '/07-backprop' },
  { text: '8. ReLU networks under SGD', link: '/08-relu' },
  { text: '9. Training MLPs', link: '/09-training-mlps' },
  { text: '10. Local linearization', link: '/10-linearization' },
  { text: '11. Landscapes and operators', link: '/11-landscapes' },
]

const base = basePath()

// The instructor edition (default) shows worked solutions; STEPWISE_SOLUTIONS=0
// (`npm run build -- --no-solutions`) builds the student edition without them.
const withSolutions = process.env.STEPWISE_SOLUTIONS !== '0'

// Output folder. Default: <repo>/dist. STEPWISE_OUTDIR (relative to the repo
// root) overrides it; unlike the CLI's --outDir (resolved against the working
// directory, and ignored by `vitepress preview`) it applies to build and
// preview alike.
const repoRoot = path.resolve(here, '../..')
const outDir = process.env.STEPWISE_OUTDIR
  ? path.resolve(repoRoot, process.env.STEPWISE_OUTDIR)
  : '../dist'

export default defineConfig({
  title: 'Stepwise',
  description:
    'An interactive textbook of the mathematics under deep learning, computed in your browser.',
  lang: 'en-US',
  base,
  outDir,
  cleanUrls: false,
  lastUpdated: false,
  // VitePress would fetch the script of every chapter linked in the sidebar
  // while the page idles: about 120 KB a cold load, for a ~15 KB fetch saved
  // when the reader moves on (and the service worker caches it all anyway).
  router: { prefetchLinks: false },
  // The dark-mode switch would briefly add a <style> element to stop
  // transitions; a strict CSP refuses it (content/embedding.md#csp).
  appearance: { disableTransition: false },
  // Dead links fail the build: keep it that way. embed/ and standalone/ are
  // added after the book is built (scripts/lib/embed.mjs).
  ignoreDeadLinks: [/^\.?\/(embed|standalone)\//],
  // Page metadata in a script file rather than an inline <script>, so the book
  // needs no script exception in a Content-Security-Policy.
  metaChunk: true,

  head: [
    ['link', { rel: 'icon', type: 'image/svg+xml', href: `${base}favicon.svg` }],
    ['meta', { name: 'referrer', content: 'no-referrer' }],
  ],

  markdown: {
    config(md) {
      md.use(markdownItKatex, { throwOnError: false })
      // A display equation wider than the column scrolls, and a scrolling
      // region must be reachable by keyboard: make each one focusable.
      for (const rule of ['math_block', 'math_inline_block', 'math_inline_bare_block']) {
        const render = md.renderer.rules[rule]!
        md.renderer.rules[rule] = (...args) =>
          render(...args).replace('<p class="katex-block', '<p tabindex="0" class="katex-block')
      }
      solutions(md, withSolutions)
    },
  },

  vue: {
    template: {
      compilerOptions: {
        isCustomElement: (tag: string) => tag.startsWith('stepwise-'),
      },
    },
  },

  vite: {
    // The Worker bundle names its assets like the page's (VitePress's
    // `assets/[name].[hash].[ext]`), so the .wasm both import is one file:
    // downloaded once and its compiled code cached once.
    worker: { format: 'es', rollupOptions: { output: { assetFileNames: 'assets/[name].[hash].[ext]' } } },
    // Plotly (our partial bundle, ~1 MB, web/plotly-partial.ts) is one lazily loaded chunk on purpose.
    // No assets inlined as data: URLs (fonts would need font-src data: in a CSP).
    // The manifest tells preload.ts which chunks each widget needs; buildEnd removes it.
    build: { chunkSizeWarningLimit: 2048, assetsInlineLimit: 0, manifest: true },
    server: { fs: { allow: ['..'] } },
    // Plotly and the widget runtime run almost whole on a widget's first draw.
    plugins: [plotlyPartial(), compileHints(/plotly-partial[\\/]plotly\.js$|web[\\/]src[\\/]runtime[\\/]/)],
    resolve: {
      alias: {
        '@engine-build': path.resolve(here, '../../build/wasm'),
      },
    },
  },

  transformHtml: (html, _id, ctx) =>
    preloadWidgetAssets(externalHeadScripts(html, base), ctx.siteConfig.outDir, base, ctx.assets),

  // Fail the build when an in-site link names an anchor that does not exist.
  buildEnd(siteConfig) {
    rmSync(path.join(siteConfig.outDir, '.vite'), { recursive: true, force: true })
    if (!withSolutions) {
      const leaks = findSolutions(siteConfig.outDir)
      if (leaks.length) throw new Error(`[stepwise] the no-solutions build contains solutions in: ${leaks.join(', ')}`)
    }
    const problems = checkAnchors(siteConfig.outDir, siteConfig.site.base)
    if (problems.length) {
      throw new Error(
        `[stepwise] ${problems.length} broken anchor link(s):\n  ` + problems.join('\n  '),
      )
    }
  },

  themeConfig: {
    logo: '/favicon.svg',
    search: { provider: 'local' },
    nav: [
      { text: 'Chapters', link: '/01-step-size-stability' },
      { text: 'Homework index', link: '/homework' },
      { text: 'Embedding', link: '/embedding' },
    ],
    sidebar: [
      { text: 'Start', items: [{ text: 'About Stepwise', link: '/' }] },
      { text: 'Chapters', items: chapters },
      {
        text: 'Reference',
        items: [
          { text: 'Homework index', link: '/homework' },
          { text: 'Embedding Stepwise in a course', link: '/embedding' },
        ],
      },
    ],
    outline: { level: [2, 3], label: 'On this page' },
    docFooter: { prev: 'Previous', next: 'Next' },
    footer: {
      message:
        'Every number on these pages is computed in your browser. Nothing is sent anywhere.',
    },
  },
})
