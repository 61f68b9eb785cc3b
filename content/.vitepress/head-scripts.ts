// VitePress inlines two tiny scripts in every page's <head> (dark mode, macOS
// detection). A strict Content-Security-Policy refuses inline scripts, so the
// built pages load the same code from public/head.js instead.
export function externalHeadScripts(html: string, base: string): string {
  let first = true
  return html.replace(/<script id="check-(?:dark-mode|mac-os)">[\s\S]*?<\/script>/g, () => {
    if (!first) return ''
    first = false
    return `<script src="${base}head.js"></script>`
  })
}
