// Display helpers of the final-accounts pages (部门决算公开). Every figure comes formatted from the server; these
// functions only arrange it (ECharts options, problem lists, severities) and never compute an amount or a ratio.

import { escapeHtml } from './format.js'

export { severityType } from './format.js'

/**
 * The lines to show for a refused upload (422 problem details): `决算表.xlsx 表3!C5：应为数字…` for a workbook,
 * `坏的决算.yaml 第 12 行 tables.expenditure.rows[0].basic：…` for a dataset; the detail alone when there are none.
 */
export function problemLines(error) {
  const problem = (error && error.problem) || {}
  const list = Array.isArray(problem.problems) ? problem.problems : []
  return list.map((p) => {
    const where = [p.file, p.location].filter((x) => x && String(x).trim() !== '').join(' ')
    return where ? `${where}：${p.message}` : p.message
  })
}

/** The table's row CSS class: totals bold, headings shaded, 款/项 indented by their level. */
export function tableRowClass(row) {
  if (row.kind === 'total') return 'row-total'
  if (row.kind === 'heading') return 'row-heading'
  return `row-level-${row.level || 0}`
}

/** The rows of a server table as objects for el-table: `c0`, `c1` … hold the formatted figures. */
export function tableData(table) {
  return table.rows.map((row, index) => {
    const out = { key: index, code: row.code || '', name: row.name, level: row.level, kind: row.kind }
    row.values.forEach((value, i) => { out[`c${i}`] = value })
    return out
  })
}

/**
 * The ECharts option of a chart of the 情况说明 (sections 1–5): year-on-year bars or a structure pie. The values draw the
 * marks; the labels and the tooltip show the server's printed figures (`6,096.59`), never numbers formatted here.
 */
export function chartOption(chart) {
  const unit = '万元'
  if (chart.kind === 'pie') {
    const series = chart.series[0] || { values: [], labels: [] }
    return {
      tooltip: { trigger: 'item', formatter: (p) => `${escapeHtml(p.name)}<br/>${escapeHtml(series.labels[p.dataIndex])}${unit}（${escapeHtml(p.percent)}%）` },
      legend: { type: 'scroll', bottom: 0 },
      series: [{
        type: 'pie', radius: ['35%', '62%'], center: ['50%', '45%'],
        data: chart.categories.map((name, i) => ({ name, value: Number(series.values[i]) })),
        label: { formatter: (p) => `${p.name}\n${series.labels[p.dataIndex]}` }
      }]
    }
  }
  return {
    tooltip: {
      trigger: 'axis',
      // the tooltip is HTML: every name and figure is escaped; the marker is ECharts' own coloured dot
      formatter: (items) => [escapeHtml(items[0].axisValue),
        ...items.map((p) => `${p.marker}${escapeHtml(p.seriesName)}：${escapeHtml(chart.series[p.seriesIndex].labels[p.dataIndex])}${unit}`)].join('<br/>')
    },
    legend: chart.series.length > 1 ? { top: 0 } : undefined,
    grid: { left: 70, right: 20, top: chart.series.length > 1 ? 36 : 16, bottom: 30 },
    xAxis: { type: 'category', data: chart.categories },
    yAxis: { type: 'value', name: unit },
    series: chart.series.map((s) => ({
      name: s.name, type: 'bar', barMaxWidth: 48,
      data: s.values.map((v) => Number(v)),
      label: { show: true, position: 'top', formatter: (p) => s.labels[p.dataIndex] }
    }))
  }
}

/** Findings grouped for the tab badges: counts by severity code. */
export function countBySeverity(findings) {
  const counts = { ERROR: 0, WARNING: 0, INFO: 0 }
  for (const f of findings || []) counts[f.severity] = (counts[f.severity] || 0) + 1
  return counts
}

/** Roles that see the 决算公开 pages (agencies take no part in a department's disclosure). */
export function seesAccounts(user) {
  return !!user && !['AGENCY_EVALUATOR', 'AGENCY_QUALITY_REVIEWER'].includes(user.role)
}

/** Roles that may upload a disclosure (the department's own users and the administrator). */
export function mayUploadAccounts(user) {
  return !!user && ['ADMIN', 'DEPARTMENT_USER'].includes(user.role)
}

/**
 * The quote of a finding split around the printed figure, so that the page can mark it: `[{text, mark}]`. Only the
 * first occurrence is marked; a quote without it is one plain piece.
 */
export function highlight(quote, printed) {
  if (!quote) return []
  const at = printed ? quote.indexOf(printed) : -1
  if (at < 0) return [{ text: quote, mark: false }]
  return [
    { text: quote.slice(0, at), mark: false },
    { text: printed, mark: true },
    { text: quote.slice(at + printed.length), mark: false }
  ].filter((piece) => piece.text !== '')
}

/** The index of the structure pie with the most parts (the most telling second chart), else of the second chart. */
export function richestPie(charts) {
  let best = -1
  charts.forEach((c, i) => {
    if (c.kind === 'pie' && (best < 0 || c.categories.length > charts[best].categories.length)) best = i
  })
  return best >= 0 ? best : Math.min(1, charts.length - 1)
}
