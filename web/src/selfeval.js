// Helpers of the self-evaluation pages (项目自评). Every figure comes formatted from the server ("97.41", "74.14%");
// the browser only arranges them — filters, counts of what it was given, chart options — and never recomputes a score.

export const SEVERITIES = ['错误', '警告', '提示']

/** Findings of the chosen severity (错误 / 警告 / 提示); all of them for an empty choice. */
export function filterFindings(findings, severity) {
  if (!severity) return findings || []
  return (findings || []).filter((f) => f.severity === severity)
}

/** How many findings there are of each severity, in the order 错误, 警告, 提示. */
export function countBySeverity(findings) {
  const counts = Object.fromEntries(SEVERITIES.map((s) => [s, 0]))
  for (const f of findings || []) {
    if (f.severity in counts) counts[f.severity] += 1
  }
  return counts
}

export { severityType } from './format.js'

/** The rows of a refused upload (422): file, sheet, cell and message of every problem. */
export function uploadProblems(error) {
  const problems = (error && error.problem && error.problem.problems) || []
  return problems.map((p) => ({
    file: p.workbook || '—',
    sheet: p.sheet || '—',
    cell: p.cell || '—',
    code: p.code,
    severity: p.severity,
    message: p.message
  }))
}

/** Splits chosen files into Excel workbooks (.xlsx) and the rest, which the page refuses before sending. */
export function splitWorkbooks(files) {
  const workbooks = []
  const others = []
  for (const f of files || []) {
    const name = (f && f.name) || ''
    if (name.toLowerCase().endsWith('.xlsx') && !name.startsWith('~$')) workbooks.push(f)
    else others.push(f)
  }
  return { workbooks, others }
}

/** 优 5 · 良 1: the grade counts the server gives, leaving out the grades nobody got. */
export function gradeSummary(grades) {
  const parts = Object.entries(grades || {}).filter(([, n]) => n > 0).map(([g, n]) => `${g} ${n}`)
  return parts.length ? parts.join(' · ') : '—'
}

/** The bar chart of how many tables have each grade. */
export function gradeChartOption(grades) {
  const names = Object.keys(grades || {})
  const colours = { 优: '#4e9a5b', 良: '#3a6ea5', 中: '#d9a03f', 差: '#d9534f' }
  return {
    grid: { left: 40, right: 16, top: 24, bottom: 28 },
    tooltip: { trigger: 'axis', valueFormatter: (v) => `${v} 张` },
    xAxis: { type: 'category', data: names },
    yAxis: { type: 'value', minInterval: 1 },
    series: [{
      type: 'bar',
      barMaxWidth: 48,
      data: names.map((g) => ({ value: grades[g], itemStyle: { color: colours[g] || '#8492a6' } })),
      label: { show: true, position: 'top', formatter: '{c} 张' }
    }]
  }
}

/** A horizontal bar chart of each project's 预算执行率 (as the server computed it) with the 60% line of the review. */
export function executionChartOption(tables) {
  const rows = [...(tables || [])].reverse()
  return {
    grid: { left: 200, right: 48, top: 16, bottom: 28 },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: (v) => `${v}%` },
    xAxis: { type: 'value', max: 100, axisLabel: { formatter: '{value}%' } },
    yAxis: { type: 'category', data: rows.map((t) => shorten(t.project, 14)), axisLabel: { interval: 0 } },
    series: [{
      type: 'bar',
      barMaxWidth: 22,
      data: rows.map((t) => ({
        value: t.executionRateValue,
        itemStyle: { color: Number(t.executionRateValue) < 60 ? '#d9534f' : '#3a6ea5' }
      })),
      label: { show: true, position: 'right', formatter: (p) => rows[p.dataIndex].executionRate },
      markLine: { symbol: 'none', data: [{ xAxis: 60 }], lineStyle: { type: 'dashed', color: '#8492a6' }, label: { formatter: '60%' } }
    }]
  }
}

/** A long project name cut for a chart axis (the table shows it whole). */
export function shorten(text, length) {
  const s = String(text || '')
  return s.length > length ? s.slice(0, length - 1) + '…' : s
}

/** The text of a 复核 difference as the server sent it (+1.50, −2.00, 0.00): which way it goes, for colouring. */
export function differenceType(text) {
  const s = String(text || '')
  if (s.startsWith('−')) return 'lower'
  if (s.startsWith('+')) return 'higher'
  return 'same'
}

/** A reviewer's value typed by hand: blank for none, else a number with at most two decimals (the server checks the rest). */
export function reviewInput(text) {
  const s = String(text ?? '').trim().replace(/[０-９．]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
  if (s === '') return { empty: true }
  if (!/^\d+(\.\d{1,2})?$/.test(s)) return { error: '复核得分应为不超过两位小数的非负数，如 8.5' }
  return { value: s }
}
