import { describe, expect, it } from 'vitest'
import {
  buildChange, describeRule, draftOf, findIndicator, flattenTree, formatAmount, formatHistoryValue, formatNumber, formatPercent,
  filterFindings, findingTarget, gradeType, levelOneSeries, monthlySeries, ruleEditable, severityType, stageIndex, toTableRows
} from '../src/format.js'

const leaf = {
  path: '/indicators/0/children/0/children/0',
  name: '决策依据充分性',
  level: 3,
  weight: 1.0,
  score: 0.7,
  rate: 70.0,
  leaf: true,
  ruleKind: 'deductions',
  rule: { kind: 'deductions', items: [{ points: 0.3, reason: '年度工作计划未细化为任务清单' }] },
  evidence: '区经发局制定了《2022年工作计划》',
  children: []
}
const tree = [
  {
    path: '/indicators/0', name: '管理效率', level: 1, weight: 32, score: 24.28, rate: 75.88, leaf: false,
    children: [{ path: '/indicators/0/children/0', name: '决策管理', level: 2, weight: 2, score: 1.7, rate: 85, leaf: false, children: [leaf] }]
  },
  { path: '/indicators/1', name: '履职效能', level: 1, weight: 38, score: 37.5, rate: 98.68, leaf: false, children: [] }
]

describe('numbers as the server gives them', () => {
  it('shows decimals unchanged and an em dash for missing values', () => {
    expect(formatNumber(86.78)).toBe('86.78')
    expect(formatNumber(0)).toBe('0')
    expect(formatNumber(null)).toBe('—')
    expect(formatNumber(undefined)).toBe('—')
    expect(formatAmount(82, 2)).toBe('82.00')
    expect(formatAmount(8925.68, 2)).toBe('8,925.68')
    expect(formatAmount(1100, 2)).toBe('1,100.00')
    expect(formatAmount(9738.4)).toBe('9,738.4')
    expect(formatPercent(75.88)).toBe('75.88%')
    expect(formatPercent(99.1)).toBe('99.10%')
    expect(formatPercent(100)).toBe('100.00%')
    expect(formatPercent(-50)).toBe('-50.00%')
    expect(formatPercent('12.345')).toBe('12.345%')
    expect(formatPercent(null)).toBe('—')
  })

  it('groups thousands without touching the digits after the point', () => {
    expect(formatAmount(9738.4)).toBe('9,738.4')
    expect(formatAmount(10039.31)).toBe('10,039.31')
    expect(formatAmount(50737526.62)).toBe('50,737,526.62')
    expect(formatAmount(-1234567)).toBe('-1,234,567')
    expect(formatAmount(999)).toBe('999')
  })

  it('colours grades and orders stages', () => {
    expect(gradeType('良')).toBe('primary')
    expect(gradeType('差')).toBe('danger')
    expect(gradeType(undefined)).toBe('info')
    expect(stageIndex('前期准备')).toBe(0)
    expect(stageIndex('归档')).toBe(6)
    expect(stageIndex('不存在')).toBe(-1)
  })
})

describe('the indicator tree', () => {
  it('flattens depth first with depths', () => {
    const flat = flattenTree(tree)
    expect(flat.map((n) => n.name)).toEqual(['管理效率', '决策管理', '决策依据充分性', '履职效能'])
    expect(flat.map((n) => n.depth)).toEqual([0, 1, 2, 0])
  })

  it('finds an indicator by path', () => {
    expect(findIndicator(tree, leaf.path).name).toBe('决策依据充分性')
    expect(findIndicator(tree, '/indicators/9')).toBeNull()
  })

  it('drops empty children for the tree-table and keeps the rest', () => {
    const rows = toTableRows(tree)
    expect(rows[1]).not.toHaveProperty('children')
    expect(rows[0].children[0].children[0]).not.toHaveProperty('children')
    expect(rows[0].children[0].children[0].score).toBe(0.7)
  })

  it('gives the chart series as the server computed them', () => {
    expect(levelOneSeries(tree)).toEqual({ names: ['管理效率', '履职效能'], rates: [75.88, 98.68] })
    const monthly = { months: [{ month: 1, progressPercent: 1.5, schedulePercent: 8.33 }, { month: 2, progressPercent: null, schedulePercent: 16.67 }] }
    expect(monthlySeries(monthly)).toEqual({ labels: ['1月', '2月'], progress: [1.5, null], schedule: [8.33, 16.67] })
    expect(monthlySeries(null)).toEqual({ labels: [], progress: [], schedule: [] })
  })
})

describe('rules', () => {
  it('describes each kind in Chinese', () => {
    expect(describeRule(leaf.rule)).toBe('扣分：扣0.3分')
    expect(describeRule({ kind: 'deductions', items: [] })).toBe('扣分：无扣分')
    expect(describeRule({ kind: 'qualitative', level: '达成', score: 1 })).toBe('定性评级：达成，1分')
    expect(describeRule({ kind: 'manual', score: 0.38 })).toBe('人工评分：0.38分')
    expect(describeRule({ kind: 'tiers', value: 100, unit: '%' })).toBe('分档计分：实际值 100%')
    expect(describeRule({ kind: 'proportional', targets: ['T1-01', 'B-05'] })).toBe('按目标完成比例：T1-01、B-05')
    expect(describeRule(null)).toBe('')
    const labels = { staff_control_rate: '在职人员控制率', procurement_execution_rate: '政府采购执行率' }
    const linear = { kind: 'linear_deduction', ratio: 'staff_control_rate', threshold: 100, direction: 'above', per: 1, points: 0.1 }
    expect(describeRule(linear, labels)).toBe('按比率扣分：在职人员控制率超过100%后每1个百分点扣0.1分')
    expect(describeRule({ kind: 'tiers', ratio: 'procurement_execution_rate' }, labels)).toBe('分档计分：按政府采购执行率')
    expect(describeRule({ kind: 'tiers', ratio: 'unknown_rate' })).toBe('分档计分：按unknown_rate')
  })

  it('edits deductions, ratings, manual scores and tier values, not computed rules', () => {
    expect(ruleEditable(leaf.rule)).toBe(true)
    expect(ruleEditable({ kind: 'tiers', value: 100 })).toBe(true)
    expect(ruleEditable({ kind: 'tiers', ratio: 'procurement_execution_rate' })).toBe(false)
    expect(ruleEditable({ kind: 'linear_deduction', ratio: 'x' })).toBe(false)
    expect(ruleEditable({ kind: 'proportional', targets: [] })).toBe(false)
    expect(ruleEditable(null)).toBe(false)
  })
})

describe('the change sent to preview and save', () => {
  it('sends the deductions as a merge patch with numbers and the reason', () => {
    const draft = draftOf(leaf)
    draft.items[0].points = '0.5'
    expect(buildChange(leaf, draft, ' 复核后调整扣分 ')).toEqual({
      path: leaf.path,
      rule: { items: [{ points: 0.5, reason: '年度工作计划未细化为任务清单' }] },
      reason: '复核后调整扣分'
    })
  })

  it('adds the evidence only when it changed and leaves computed rules alone', () => {
    const computed = { path: '/indicators/2', rule: { kind: 'proportional', targets: ['T1-01'] }, evidence: '原文' }
    const draft = draftOf(computed)
    expect(buildChange(computed, draft, '')).toEqual({ path: '/indicators/2' })
    draft.evidence = '新的佐证'
    expect(buildChange(computed, draft, '')).toEqual({ path: '/indicators/2', evidence: '新的佐证' })
  })

  it('omits empty reasons of deduction items and keeps a manual justification', () => {
    const draft = draftOf(leaf)
    draft.items.push({ points: '0.2', reason: '  ' })
    expect(buildChange(leaf, draft, '').rule.items[1]).toEqual({ points: 0.2 })
    const manual = { path: '/p', rule: { kind: 'manual', score: 0.38, justification: '按报告' } }
    const manualDraft = draftOf(manual)
    manualDraft.score = '0.5'
    expect(buildChange(manual, manualDraft, '').rule).toEqual({ score: 0.5, justification: '按报告' })
  })
})

describe('history values', () => {
  it('describes a recorded rule in words and keeps other values', () => {
    const old = '{"kind":"deductions","items":[{"points":0.3,"reason":"年度工作计划未细化为任务清单"}]}'
    expect(formatHistoryValue(old)).toBe('扣分点1：扣0.3分（年度工作计划未细化为任务清单）')
    expect(formatHistoryValue('{"kind":"deductions","items":[]}')).toBe('扣分：无扣分')
    expect(formatHistoryValue('0.70')).toBe('0.70')
    expect(formatHistoryValue('{not json')).toBe('{not json')
    expect(formatHistoryValue(null)).toBe('—')
  })
})

describe('review findings', () => {
  const tree = [{ path: '/indicators/0', leaf: false, name: '管理效率', children: [
    { path: '/indicators/0/children/0', leaf: true, name: '预算调整率', children: [] }] }]

  it('leads a finding to the indicator panel, the targets or the ratios', () => {
    expect(findingTarget('/indicators/0/children/0', tree)).toMatchObject({ tab: 'indicators', indicator: { name: '预算调整率' } })
    expect(findingTarget('/indicators/0', tree)).toMatchObject({ tab: 'indicators', indicator: null })
    expect(findingTarget('/targets/21', tree)).toEqual({ tab: 'targets', index: 21 })
    expect(findingTarget('/projects/27', tree)).toEqual({ tab: 'projects', index: 27 })
    expect(findingTarget('/budget', tree)).toEqual({ tab: 'ratios' })
    expect(findingTarget('/monthly_execution', tree)).toBeNull()
    expect(findingTarget('/indicators/9', tree)).toBeNull()
  })

  it('filters by severity label', () => {
    const findings = [{ severityLabel: '警告', severity: 'WARNING' }, { severityLabel: '提示', severity: 'INFO' }]
    expect(filterFindings(findings, 'all')).toHaveLength(2)
    expect(filterFindings(findings, '提示')).toEqual([findings[1]])
    expect(severityType('ERROR')).toBe('danger')
    expect(severityType('WARNING')).toBe('warning')
    expect(severityType('警告')).toBe('warning')
  })
})
