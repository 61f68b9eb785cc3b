// Build-time check that every in-site link with a #fragment points at an id
// that exists on the target page. VitePress already fails the build on links
// to missing pages; this extends the same guarantee to anchors, so the homework
// index cannot silently point at a heading that was renamed.
import fs from 'node:fs'
import path from 'node:path'

function htmlFiles(dir: string): string[] {
  const out: string[] = []
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) {
      if (entry.name !== 'assets') out.push(...htmlFiles(full))
    } else if (entry.name.endsWith('.html')) {
      out.push(full)
    }
  }
  return out
}

function decode(s: string): string {
  try {
    return decodeURIComponent(s.replace(/&amp;/g, '&'))
  } catch {
    return s
  }
}

export function checkAnchors(outDir: string, base: string): string[] {
  const files = htmlFiles(outDir)
  const ids = new Map<string, Set<string>>()
  for (const file of files) {
    const html = fs.readFileSync(file, 'utf8')
    const set = new Set<string>()
    for (const m of html.matchAll(/\sid="([^"]+)"/g)) set.add(decode(m[1]))
    ids.set(path.resolve(file), set)
  }
  const problems: string[] = []
  for (const file of files) {
    const html = fs.readFileSync(file, 'utf8')
    // Only the page body: skip <head> and the nav/sidebar, which VitePress owns.
    for (const m of html.matchAll(/<a\s[^>]*href="([^"]*#[^"]*)"/g)) {
      const href = m[1]
      if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('//')) continue
      const hash = href.indexOf('#')
      const pathPart = href.slice(0, hash)
      const fragment = decode(href.slice(hash + 1))
      if (!fragment) continue
      let target: string
      if (pathPart === '') {
        target = path.resolve(file)
      } else if (pathPart.startsWith('/')) {
        const rel = pathPart.startsWith(base) ? pathPart.slice(base.length) : pathPart.slice(1)
        target = path.resolve(outDir, rel === '' || rel.endsWith('/') ? rel + 'index.html' : rel)
      } else {
        target = path.resolve(path.dirname(file), pathPart)
      }
      if (!target.endsWith('.html')) target += '.html'
      const targetIds = ids.get(target)
      if (!targetIds) {
        problems.push(`${path.relative(outDir, file)}: link to missing page ${href}`)
      } else if (!targetIds.has(fragment)) {
        problems.push(`${path.relative(outDir, file)}: no #${fragment} on ${path.relative(outDir, target)} (link ${href})`)
      }
    }
  }
  return [...new Set(problems)]
}
