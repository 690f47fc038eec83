import { describe, expect, it } from 'vitest'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'

// Output is text, never markup: no component or helper may hand data to the browser as HTML. Vue's {{ }} and the
// canvas-drawn chart labels show text as text; the one place that takes HTML (ECharts tooltips) escapes (format.js).
function sources(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? sources(path) : /\.(vue|js)$/.test(name) ? [path] : []
  })
}

describe('no markup from data', () => {
  it('uses no v-html, innerHTML, outerHTML, insertAdjacentHTML, document.write or dangerouslyUseHTMLString', () => {
    const offending = sources(join(process.cwd(), 'src')).filter((file) =>
      /v-html|\.innerHTML|\.outerHTML|insertAdjacentHTML|document\.write|dangerouslyUseHTMLString|raw-content/.test(readFileSync(file, 'utf8')))
    expect(offending).toEqual([])
  })
})
