// Helpers of the 复核报告 pages. The review comes from the server as it was stored (schema jixiao-review/1, see
// docs/review.md): these functions only choose, count and word what it says — they never recompute a figure, and never
// show a rule code or an English word to the user.

/** The files the server reviews, by extension (as `jixiao review`). */
export const ACCEPTED = ['.docx', '.pdf', '.html', '.htm', '.md', '.txt']
/** For the file input's `accept`. */
export const ACCEPT = ACCEPTED.join(',')
/** The server's upload limit (spring.servlet.multipart.max-file-size): refused here before a byte is sent. */
export const MAX_BYTES = 20 * 1024 * 1024

/** The three kinds of finding of the schema, with the words the page uses for them. */
export const SEVERITIES = [
  { value: 'error', label: '错误', tag: 'danger' },
  { value: 'note', label: '提示', tag: 'warning' },
  { value: 'unchecked', label: '未能核对', tag: 'info' }
]

const SEVERITY = Object.fromEntries(SEVERITIES.map((s) => [s.value, s]))

/** 错误 / 提示 / 未能核对 for a finding's `severity`. */
export function severityLabel(severity) {
  return SEVERITY[severity]?.label || '提示'
}

/** The Element Plus tag type of a finding's `severity`. */
export function severityTag(severity) {
  return SEVERITY[severity]?.tag || 'info'
}

/**
 * What each check of the review is called (docs/review.md, 核对什么). A check the page does not know yet is named by its
 * rule text, or generically — never by its code.
 */
export const RULE_NAMES = {
  RATE: '得分率',
  SCORE_RANGE: '得分超出分值',
  TREE_WEIGHT: '上下级分值',
  TREE_SCORE: '上下级得分',
  WEIGHT_NAME: '名称中所注分值',
  WEIGHT_TOTAL: '一级指标分值合计',
  TABLE_TOTAL: '得分表合计行',
  TOTAL: '综合得分',
  GRADE: '评价等级',
  FORMULA_WEIGHT: '正文所述分值',
  FORMULA_SCORE: '正文所述得分',
  FORMULA_RATE: '正文所述得分率',
  RATIO: '比率复算',
  TABLE_SUM: '表格合计行',
  ROW_RATE: '表格比率列',
  ROW_GRADE: '各行等级',
  ARITHMETIC: '文中算式',
  SAME_FIGURE: '同一数字前后一致',
  COUNT: '所述个数',
  UNCHECKED: '未能核对'
}

/** The name of a finding's check in Chinese. */
export function ruleName(finding) {
  const code = finding?.rule
  if (code && RULE_NAMES[code]) return RULE_NAMES[code]
  if (finding?.severity === 'unchecked') return '未能核对'
  return '其他核对'
}

/** How many findings there are of each severity: `{ error, note, unchecked }`. */
export function countFindings(findings) {
  const counts = { error: 0, note: 0, unchecked: 0 }
  for (const f of findings || []) {
    if (f.severity in counts) counts[f.severity] += 1
  }
  return counts
}

/** The findings of one severity (`error`, `note`, `unchecked`); all of them for `all` or nothing. */
export function filterFindings(findings, severity) {
  if (!severity || severity === 'all') return findings || []
  return (findings || []).filter((f) => f.severity === severity)
}

/** Where a finding is, as a reader of the document says it: `产出 › 产出数量（第 3 页 第 1 个表格 第 5 行）`. */
export function locationText(location) {
  if (!location) return '—'
  const path = [location.part, location.item].filter((x) => x && String(x).trim() !== '').join(' › ')
  const place = location.text && String(location.text).trim() !== '' ? location.text : ''
  if (path && place) return `${path}（${place}）`
  return path || place || '—'
}

/**
 * One line about what was read: the kind of document, its format and pages, the tables found, the indicator tree
 * recovered, and the total and grade the document states.
 */
export function summaryLine(result) {
  if (!result) return ''
  const s = result.summary || {}
  const parts = [result.kind, result.format]
  if (result.pages > 0) parts.push(`共 ${result.pages} 页`)
  parts.push(`识别表格 ${s.tables ?? (result.tables || []).length} 个`)
  const levels = Object.entries(s.indicators || {}).filter(([, n]) => n > 0).map(([level, n]) => `${level} ${n} 个`)
  if (levels.length) parts.push(`指标：${levels.join('、')}，末级 ${s.leaves} 个`)
  else if (s.indicators) parts.push('未恢复出指标体系')
  if (s.statedTotal) parts.push(`报告所述综合得分 ${s.statedTotal} 分${s.statedGrade ? `，等级“${s.statedGrade}”` : ''}`)
  else if (s.statedGrade) parts.push(`报告所述等级“${s.statedGrade}”`)
  return parts.filter((p) => p && String(p).trim() !== '').join(' · ')
}

/** The recovered tables as rows: 序号, 位置, 标题, 用途, 大小 (`7 行 × 5 列`). */
export function tableRows(result) {
  return ((result && result.tables) || []).map((t) => ({
    index: t.index,
    where: t.where || '—',
    caption: t.caption || '—',
    role: t.role || '—',
    size: `${t.rows} 行 × ${t.columns} 列`
  }))
}

/** A file size as people read it: `812 字节`, `2.7 KB`, `1.4 MB`. */
export function formatSize(bytes) {
  const n = Number(bytes)
  if (!Number.isFinite(n) || n < 0) return '—'
  if (n < 1024) return `${n} 字节`
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KB`
  return `${(n / 1024 / 1024).toFixed(1)} MB`
}

/**
 * Why a chosen file would be refused, before it is sent (the server says the same, but a 50 MB file need not travel
 * to hear it); an empty string for a file that may go.
 */
export function checkFile(file) {
  if (!file) return '请选择要复核的报告文件'
  const name = String(file.name || '')
  const lower = name.toLowerCase()
  if (lower.endsWith('.doc') || lower.endsWith('.wps')) {
    return `“${name}”是旧版 Word 文件：请在 Word 或 WPS 中另存为 .docx 或 PDF 后再上传`
  }
  if (!ACCEPTED.some((ext) => lower.endsWith(ext) && lower.length > ext.length)) {
    return `“${name}”不是可复核的文件：只能复核 Word 文档（.docx）、PDF、网页（.html）、Markdown（.md）或文本（.txt）`
  }
  if (file.size === 0) return `“${name}”是空文件`
  if (file.size > MAX_BYTES) return `“${name}”有 ${formatSize(file.size)}，超过 20 MB，无法上传`
  return ''
}

/** The counts of a list row or a detail as tag data, leaving out none (a zero is information here). */
export function countTags(item) {
  return [
    { key: 'error', label: '错误', count: item?.errors ?? 0, tag: 'danger' },
    { key: 'note', label: '提示', count: item?.notes ?? 0, tag: 'warning' },
    { key: 'unchecked', label: '未能核对', count: item?.unchecked ?? 0, tag: 'info' }
  ]
}
