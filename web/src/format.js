// Display helpers. Scores, rates and grades come computed from the server (decimals, already rounded); the browser
// never recomputes them, it only shows them.

export const STAGES = ['前期准备', '评价实施', '报告撰写', '征求意见', '三级审核', '已提交', '归档']

export const RULE_KINDS = {
  deductions: '扣分',
  qualitative: '定性评级',
  manual: '人工评分',
  tiers: '分档计分',
  linear_deduction: '按比率扣分',
  proportional: '按目标完成比例',
  composite: '分要点计分',
  ratio_score: '按比例计分',
  deviation: '偏离度分档',
  combined_tiers: '组合分档',
  grade_average: '等级折算',
  rank: '排名分档',
  year_on_year: '与上年比较',
  group_deductions: '上级指标扣分分摊',
  checkpoints: '时间节点支出进度'
}

/**
 * Text from data made safe for the few places that take HTML (ECharts tooltips): `&<>"'` become character references,
 * so a 科目 named `<img src=x onerror=…>` is shown as those characters and never runs. Everywhere else Vue's `{{ }}`
 * and the canvas-drawn chart labels show text as text already.
 */
export function escapeHtml(value) {
  return String(value ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c])
}

/** A decimal from the API as text, unchanged; an em dash when absent. */
export function formatNumber(value) {
  if (value === null || value === undefined || value === '') return '—'
  return String(value)
}

/**
 * A percentage from the API as the documents print it, with two decimals: 86.78 → "86.78%", 99.1 → "99.10%", 100 →
 * "100.00%". The server has rounded it already (JSON drops trailing zeros); only the zeros are put back, nothing is
 * rounded here.
 */
export function formatPercent(value) {
  if (value === null || value === undefined || value === '') return '—'
  const [whole, fraction = ''] = String(value).split('.')
  return `${whole}.${fraction.padEnd(2, '0')}%`
}

/**
 * An amount with thousands separators, the digits after the point kept as given (9738.4 → "9,738.4"); with
 * {@code decimals}, trailing zeros are put back as tables print them (82 → "82.00"). Nothing is rounded here.
 */
export function formatAmount(value, decimals = 0) {
  if (value === null || value === undefined || value === '') return '—'
  const [whole, given] = String(value).split('.')
  const fraction = (given ?? '').padEnd(decimals, '0')
  const sign = whole.startsWith('-') ? '-' : ''
  const digits = sign ? whole.slice(1) : whole
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',')
  return sign + grouped + (fraction ? '.' + fraction : '')
}

/** An ISO instant as local "2026-11-23 18:37". */
export function formatDateTime(iso) {
  if (!iso) return '—'
  const d = new Date(iso)
  if (Number.isNaN(d.getTime())) return String(iso)
  const pad = (n) => String(n).padStart(2, '0')
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`
}

/** The tag colour of a grade (优 良 中 差). */
export function gradeType(grade) {
  return { 优: 'success', 良: 'primary', 中: 'warning', 差: 'danger' }[grade] || 'info'
}

/** Index of a stage in the workflow (0 … 6), -1 when unknown. */
export function stageIndex(stage) {
  return STAGES.indexOf(stage)
}

/** The standard ratios by id (docs/dataset-format.md), for rules whose ratio the evaluation cannot compute yet. */
export const RATIO_LABELS = {
  budget_execution_rate: '预算执行率',
  budget_adjustment_rate: '预算调整率',
  budget_preparation_rate: '预算编制率',
  staff_control_rate: '在职人员控制率',
  three_public_change_rate: '“三公经费”变动率',
  three_public_control_rate: '“三公经费”控制率',
  key_project_guarantee_rate: '重点支出项目保障率',
  public_funds_control_rate: '公用经费控制率',
  procurement_execution_rate: '政府采购执行率',
  fixed_asset_utilisation_rate: '固定资产利用率',
  project_execution_rate: '项目预算执行率',
  december_share: '12月支出占比'
}

/**
 * A one-line Chinese summary of a leaf's rule, from the inputs the dataset keeps; ratioLabels maps a ratio's id
 * (e.g. staff_control_rate) to its name (在职人员控制率).
 */
export function describeRule(rule, computedLabels = {}) {
  if (!rule || !rule.kind) return ''
  const ratioLabels = { ...RATIO_LABELS, ...computedLabels }
  const label = RULE_KINDS[rule.kind] || rule.kind
  if (isUnscored(rule)) return `${label}：尚未评分`
  switch (rule.kind) {
    case 'deductions': {
      const items = rule.items || []
      if (items.length === 0) return `${label}：无扣分`
      return `${label}：${items.map((i) => `扣${i.points}分`).join('，')}`
    }
    case 'qualitative':
      return `${label}：${rule.level ?? '—'}，${rule.score ?? '—'}分`
    case 'manual':
      return `${label}：${rule.score ?? '—'}分`
    case 'tiers': {
      const source = rule.ratio ? `按${ratioLabels[rule.ratio] || rule.ratio}` : `实际值 ${rule.value}${rule.unit || ''}`
      return `${label}：${source}`
    }
    case 'linear_deduction':
      return `${label}：${ratioLabels[rule.ratio] || rule.ratio}${rule.direction === 'below' ? '低于' : '超过'}${rule.threshold}%后每${rule.per}个百分点扣${rule.points}分`
    case 'proportional':
      return `${label}：${(rule.targets || []).join('、')}`
    default:
      return label
  }
}

/**
 * Whether a leaf's rule still lacks the evaluator's inputs (尚未评分, e.g. fresh from a template): deductions without
 * their list, a rating without level, a manual rule without score, a tiers rule without its measured value.
 */
export function isUnscored(rule) {
  if (!rule) return false
  switch (rule.kind) {
    case 'deductions': return rule.items === undefined
    case 'qualitative': return rule.level === undefined && rule.score === undefined
    case 'manual': return rule.score === undefined
    case 'tiers':
    case 'linear_deduction': return rule.value === undefined && !rule.ratio
    default: return false
  }
}

/** Whether the side panel can edit the rule's inputs (the others are computed from ratios or targets). */
export function ruleEditable(rule) {
  if (!rule) return false
  if (rule.kind === 'tiers') return !rule.ratio
  return ['deductions', 'qualitative', 'manual'].includes(rule.kind)
}

/** Depth-first list of the tree's nodes (each with its depth), e.g. to find leaves or count them. */
export function flattenTree(nodes, depth = 0, out = []) {
  for (const node of nodes || []) {
    out.push({ ...node, depth })
    flattenTree(node.children, depth + 1, out)
  }
  return out
}

/** The indicator with the given path, or null. */
export function findIndicator(nodes, path) {
  for (const node of nodes || []) {
    if (node.path === path) return node
    const found = findIndicator(node.children, path)
    if (found) return found
  }
  return null
}

/** For the tree-table: the same tree without empty children arrays (Element Plus shows no expander for leaves). */
export function toTableRows(nodes) {
  return (nodes || []).map((node) => {
    const { children, ...rest } = node
    return children && children.length ? { ...rest, children: toTableRows(children) } : rest
  })
}

/**
 * The change a PATCH or preview sends for a leaf: the rule inputs as a JSON merge patch (only the editable fields;
 * arrays replace), the evidence when it changed, and the reason.
 */
export function buildChange(indicator, draft, reason) {
  const change = { path: indicator.path }
  const rule = indicator.rule || {}
  if (ruleEditable(rule)) {
    switch (rule.kind) {
      case 'deductions':
        change.rule = {
          items: draft.items.map((i) => {
            const item = { points: toNumber(i.points) }
            if (i.reason && i.reason.trim()) item.reason = i.reason.trim()
            return item
          })
        }
        break
      case 'qualitative':
        change.rule = { level: draft.level, score: toNumber(draft.score) }
        break
      case 'manual':
        change.rule = { score: toNumber(draft.score), justification: draft.justification }
        break
      case 'tiers':
        change.rule = { value: toNumber(draft.value) }
        break
    }
  }
  if ((draft.evidence || '') !== (indicator.evidence || '')) change.evidence = draft.evidence
  if (reason && reason.trim()) change.reason = reason.trim()
  return change
}

/** The editable copy of a leaf's inputs for the side panel. */
export function draftOf(indicator) {
  const rule = indicator.rule || {}
  return {
    items: (rule.items || []).map((i) => ({ points: i.points, reason: i.reason || '' })),
    level: rule.level ?? '',
    score: rule.score ?? null,
    justification: rule.justification ?? '',
    value: rule.value ?? null,
    evidence: indicator.evidence || ''
  }
}

function toNumber(value) {
  if (value === null || value === undefined || value === '') return null
  const n = Number(value)
  return Number.isNaN(n) ? value : n
}

/** Series for the monthly chart: months 1–12, 执行进度 and 序时进度 in percent, as given. */
export function monthlySeries(monthly) {
  const months = (monthly && monthly.months) || []
  return {
    labels: months.map((m) => m.label || `${m.month}月`),
    progress: months.map((m) => m.progressPercent ?? null),
    schedule: months.map((m) => m.schedulePercent)
  }
}

/** Series for the 一级指标 chart: names and 得分率. */
export function levelOneSeries(indicators) {
  return {
    names: (indicators || []).map((i) => i.name),
    rates: (indicators || []).map((i) => i.rate)
  }
}

/**
 * A history value for people: a rule recorded as JSON is described in words (a deduction with its reasons), other
 * values are shown as recorded.
 */
export function formatHistoryValue(value) {
  if (value === null || value === undefined || value === '') return '—'
  const text = String(value)
  if (!text.startsWith('{')) return text
  let rule
  try {
    rule = JSON.parse(text)
  } catch (e) {
    return text
  }
  if (!rule || typeof rule !== 'object' || !rule.kind) return text
  if (isUnscored(rule)) return describeRule(rule)
  if (rule.kind === 'deductions') {
    const items = rule.items || []
    if (items.length === 0) return '扣分：无扣分'
    return items.map((i, n) => `扣分点${n + 1}：扣${i.points}分${i.reason ? `（${i.reason}）` : ''}`).join('；')
  }
  if (rule.kind === 'manual' && rule.justification) return `${describeRule(rule)}（${rule.justification.trim()}）`
  return describeRule(rule)
}

/** Element Plus tag type of a finding's severity, as a code (ERROR, WARNING, INFO) or a label (错误, 警告, 提示). */
export function severityType(severity) {
  return { ERROR: 'danger', WARNING: 'warning', INFO: 'info', 错误: 'danger', 警告: 'warning', 提示: 'info' }[severity] || 'info'
}

/** The findings to show: all, or those of one severity label (错误, 警告, 提示). */
export function filterFindings(findings, label) {
  return label === 'all' ? findings : findings.filter((f) => f.severityLabel === label)
}

/** Where a finding's dataset path leads on the evaluation page: a leaf's panel, or a tab. */
export function findingTarget(path, indicators) {
  if (!path) return null
  if (path.startsWith('/indicators')) {
    const node = findIndicator(indicators, path)
    return node ? { tab: 'indicators', indicator: node.leaf ? node : null, path } : null
  }
  if (path.startsWith('/targets')) return { tab: 'targets', index: Number(path.split('/')[2]) }
  if (path.startsWith('/projects')) return { tab: 'projects', index: Number(path.split('/')[2]) }
  if (path.startsWith('/budget')) return { tab: 'ratios' }
  return null
}
