// Worked solutions: a `::: solution` block (optionally `::: solution Title`)
// renders as a closed disclosure. With STEPWISE_SOLUTIONS=0
// (`npm run build -- --no-solutions`) the blocks are dropped from the token
// stream before rendering, so neither the pages nor the search index hold
// them; findSolutions() then checks the built files for any that slipped in.
import fs from 'node:fs'
import path from 'node:path'
import type MarkdownIt from 'markdown-it'
import containerModule from 'markdown-it-container'

const container: any = (containerModule as any).default ?? containerModule

/** Marks every rendered solution; absent from a no-solutions build. */
export const SOLUTION_CLASS = 'stepwise-solution'

export function solutions(md: MarkdownIt, include: boolean): void {
  md.use(container, 'solution', {
    render(tokens: any[], idx: number) {
      const t = tokens[idx]
      if (t.nesting !== 1) return '</details>\n'
      const title = t.info.trim().replace(/^solution\s*/, '') || 'Solution'
      return `<details class="${SOLUTION_CLASS} custom-block details"><summary>${md.utils.escapeHtml(title)}</summary>\n`
    },
  })
  if (include) return
  md.core.ruler.push('stepwise_drop_solutions', (state) => {
    let depth = 0
    state.tokens = state.tokens.filter((t) => {
      if (t.type === 'container_solution_open') depth++
      const keep = depth === 0
      if (t.type === 'container_solution_close') depth--
      return keep
    })
  })
}

/** Built files (pages, page chunks, search index) that contain a solution. */
export function findSolutions(outDir: string): string[] {
  const found: string[] = []
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name)
      if (e.isDirectory()) walk(p)
      else if (/\.(html|js|json)$/.test(e.name) && fs.readFileSync(p, 'utf8').includes(SOLUTION_CLASS)) found.push(path.relative(outDir, p))
    }
  }
  walk(outDir)
  return found
}
