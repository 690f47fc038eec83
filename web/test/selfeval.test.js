import { afterEach, describe, expect, it, vi } from 'vitest'
import { api } from '../src/api.js'
import {
  countBySeverity, differenceType, executionChartOption, filterFindings, gradeChartOption, gradeSummary, reviewInput, shorten, splitWorkbooks,
  uploadProblems
} from '../src/selfeval.js'

afterEach(() => {
  vi.unstubAllGlobals()
  document.cookie = 'XSRF-TOKEN=; expires=Thu, 01 Jan 1970 00:00:00 GMT'
})

const findings = [
  { code: 'SE_LOW_EXEC_FULL', severity: '警告' },
  { code: 'SE_TOTAL', severity: '错误' },
  { code: 'SE_UNIT', severity: '警告' },
  { code: 'SE_EXEC_SCORE', severity: '提示' }
]

describe('findings', () => {
  it('filters by severity and counts each severity', () => {
    expect(filterFindings(findings, '警告').map((f) => f.code)).toEqual(['SE_LOW_EXEC_FULL', 'SE_UNIT'])
    expect(filterFindings(findings, '')).toHaveLength(4)
    expect(filterFindings(null, '错误')).toEqual([])
    expect(countBySeverity(findings)).toEqual({ 错误: 1, 警告: 2, 提示: 1 })
    expect(countBySeverity([])).toEqual({ 错误: 0, 警告: 0, 提示: 0 })
  })
})

describe('upload', () => {
  it('lists a refused upload by file, sheet and cell', () => {
    const error = {
      status: 422,
      problem: {
        detail: '上传的 2 个工作簿中有 1 个错误，未保存任何内容',
        problems: [{ code: 'IMPORT_NUMBER', severity: '错误', workbook: 'a.xlsx', sheet: '表2', cell: 'F6', message: '全年执行数(B)应为数值' },
          { code: 'IMPORT_FILE', severity: '错误', workbook: 'b.docx', message: '不是 .xlsx 工作簿' }]
      }
    }
    expect(uploadProblems(error)).toEqual([
      { file: 'a.xlsx', sheet: '表2', cell: 'F6', code: 'IMPORT_NUMBER', severity: '错误', message: '全年执行数(B)应为数值' },
      { file: 'b.docx', sheet: '—', cell: '—', code: 'IMPORT_FILE', severity: '错误', message: '不是 .xlsx 工作簿' }
    ])
    expect(uploadProblems(new Error('x'))).toEqual([])
  })

  it('keeps Excel workbooks and sets the rest aside (Excel lock files too)', () => {
    const { workbooks, others } = splitWorkbooks([{ name: 'a.xlsx' }, { name: 'B.XLSX' }, { name: '说明.docx' }, { name: '~$a.xlsx' }])
    expect(workbooks.map((f) => f.name)).toEqual(['a.xlsx', 'B.XLSX'])
    expect(others.map((f) => f.name)).toEqual(['说明.docx', '~$a.xlsx'])
  })

  it('sends every workbook in the multipart field files with the CSRF header and the fields as parameters', async () => {
    document.cookie = 'XSRF-TOKEN=token-2'
    const fetch = vi.fn(async () => ({ ok: true, status: 201, headers: new Headers({ 'Content-Type': 'application/json' }), json: async () => ({ id: 7 }) }))
    vi.stubGlobal('fetch', fetch)
    const files = [new File(['x'], '甲.xlsx'), new File(['y'], '乙.xlsx')]
    expect(await api.uploadSelfEval(files, { name: '', year: 2024 })).toEqual({ id: 7 })
    const [url, init] = fetch.mock.calls[0]
    expect(url).toBe('/api/selfevals?year=2024')
    expect(init.method).toBe('POST')
    expect(init.headers['X-XSRF-TOKEN']).toBe('token-2')
    expect(init.headers['Content-Type']).toBeUndefined()
    expect(init.body.getAll('files').map((f) => f.name)).toEqual(['甲.xlsx', '乙.xlsx'])
  })
})

describe('charts and summaries', () => {
  it('summarises the grade counts as given', () => {
    expect(gradeSummary({ 优: 5, 良: 0, 中: 1, 差: 0 })).toBe('优 5 · 中 1')
    expect(gradeSummary({})).toBe('—')
  })

  it('charts the grade counts in the server order', () => {
    const option = gradeChartOption({ 优: 5, 良: 0, 中: 0, 差: 0 })
    expect(option.xAxis.data).toEqual(['优', '良', '中', '差'])
    expect(option.series[0].data.map((d) => d.value)).toEqual([5, 0, 0, 0])
  })

  it('charts the execution rates the server computed, low ones in red, labelled as printed', () => {
    const tables = [
      { project: '安全生产综合管理经费', executionRate: '74.14%', executionRateValue: 74.14 },
      { project: '非公有制企业党委党建工作经费', executionRate: '1.94%', executionRateValue: 1.94 }
    ]
    const option = executionChartOption(tables)
    // the first project at the top of a horizontal chart
    expect(option.yAxis.data).toEqual(['非公有制企业党委党建工作经费', '安全生产综合管理经费'])
    expect(option.series[0].data.map((d) => d.value)).toEqual([1.94, 74.14])
    expect(option.series[0].data[0].itemStyle.color).toBe('#d9534f')
    expect(option.series[0].label.formatter({ dataIndex: 1 })).toBe('74.14%')
    expect(option.series[0].markLine.data).toEqual([{ xAxis: 60 }])
    expect(shorten('abc', 5)).toBe('abc')
    expect(shorten('淄博高新区申报各级绿色工业园区第三方评价项目', 14)).toBe('淄博高新区申报各级绿色工业…')
  })
})

describe('复核 shadow values', () => {
  it('colours a difference by its sign as the server wrote it', () => {
    expect(differenceType('−3.00')).toBe('lower')
    expect(differenceType('+1.50')).toBe('higher')
    expect(differenceType('0.00')).toBe('same')
  })

  it('takes a typed score with at most two decimals, full-width digits too', () => {
    expect(reviewInput('12')).toEqual({ value: '12' })
    expect(reviewInput(' ８．５ ')).toEqual({ value: '8.5' })
    expect(reviewInput('')).toEqual({ empty: true })
    expect(reviewInput('10.123').error).toContain('两位小数')
    expect(reviewInput('-1').error).toContain('非负数')
    expect(reviewInput('十分').error).toContain('非负数')
  })

  it('records and withdraws through the API with the reason', async () => {
    const fetchMock = vi.fn(async () => new Response(JSON.stringify({ id: 7 }), { status: 200, headers: { 'Content-Type': 'application/json' } }))
    vi.stubGlobal('fetch', fetchMock)
    document.cookie = 'XSRF-TOKEN=t'
    await api.selfEvalReviewScore(3, 7, 2, '12', '抽查台账')
    const [url, init] = fetchMock.mock.calls.at(-1)
    expect(url).toBe('/api/selfevals/3/tables/7/review/2')
    expect(init.method).toBe('PUT')
    expect(JSON.parse(init.body)).toEqual({ score: '12', reason: '抽查台账' })
  })
})
