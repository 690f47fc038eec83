import { afterEach, describe, expect, it, vi } from 'vitest'
import { api } from '../src/api.js'
import {
  chartOption, countBySeverity, highlight, richestPie, mayUploadAccounts, problemLines, seesAccounts, severityType, tableData, tableRowClass
} from '../src/accounts.js'

afterEach(() => {
  vi.unstubAllGlobals()
  document.cookie = 'XSRF-TOKEN=; expires=Thu, 01 Jan 1970 00:00:00 GMT'
})

describe('final accounts: refused uploads', () => {
  it('lists every problem of a workbook with its file and sheet!cell', () => {
    const error = {
      problem: {
        detail: '工作簿有 2 个错误，未导入任何内容（一处有错则整个工作簿都不导入）',
        problems: [
          { file: '决算表.xlsx', location: '表3!C5', message: '应为数字（万元），实际为“一百”' },
          { file: '决算表.xlsx', location: '', message: '缺少工作表“表9”' }
        ]
      }
    }
    expect(problemLines(error)).toEqual(['决算表.xlsx 表3!C5：应为数字（万元），实际为“一百”', '决算表.xlsx：缺少工作表“表9”'])
  })

  it('names the line and field of a dataset, and nothing when the answer has no problems', () => {
    const error = { problem: { problems: [{ file: '坏的决算.yaml', location: '第 57 行 tables.expenditure.rows[0].basic', message: '金额不能为负数' }] } }
    expect(problemLines(error)).toEqual(['坏的决算.yaml 第 57 行 tables.expenditure.rows[0].basic：金额不能为负数'])
    expect(problemLines({ problem: { detail: '无权操作' } })).toEqual([])
    expect(problemLines(new Error('x'))).toEqual([])
  })

  it('uploads the file as multipart with the CSRF header and replaces with If-Match', async () => {
    document.cookie = 'XSRF-TOKEN=token-9'
    const fetch = vi.fn(async () => ({ ok: true, status: 201, headers: new Headers({ 'Content-Type': 'application/json' }), json: async () => ({ id: 4 }) }))
    vi.stubGlobal('fetch', fetch)
    const file = new File(['format: jixiao.final-accounts/1'], 'zibo.yaml')
    expect(await api.uploadAccounts(file, 7)).toEqual({ id: 4 })
    let [url, init] = fetch.mock.calls[0]
    expect(url).toBe('/api/accounts?departmentId=7')
    expect(init.method).toBe('POST')
    expect(init.body).toBeInstanceOf(FormData)
    expect(init.body.get('file').name).toBe('zibo.yaml')
    expect(init.headers['Content-Type']).toBeUndefined()
    expect(init.headers['X-XSRF-TOKEN']).toBe('token-9')

    await api.replaceAccounts(4, 2, file);
    [url, init] = fetch.mock.calls[1]
    expect(url).toBe('/api/accounts/4')
    expect(init.method).toBe('PUT')
    expect(init.headers['If-Match']).toBe('"2"')
  })
})

describe('final accounts: display', () => {
  const table = {
    number: 5, columns: ['合计', '基本支出', '项目支出'],
    rows: [
      { code: null, name: '合计', level: 0, kind: 'total', values: ['6,095.94', '1,176.00', '4,919.93'] },
      { code: '206', name: '科学技术支出', level: 0, kind: 'row', values: ['1,401.70', '779.00', '622.70'] },
      { code: '2060101', name: '行政运行', level: 2, kind: 'row', values: ['779.00', '779.00', '0.00'] }
    ]
  }

  it('lays out the rows with the figures exactly as the server formatted them', () => {
    const rows = tableData(table)
    expect(rows[0]).toMatchObject({ name: '合计', c0: '6,095.94', c1: '1,176.00', c2: '4,919.93', kind: 'total' })
    expect(rows[2]).toMatchObject({ code: '2060101', c0: '779.00', c2: '0.00', level: 2 })
    expect(rows.map(tableRowClass)).toEqual(['row-total', 'row-level-0', 'row-level-2'])
    expect(tableRowClass({ kind: 'heading' })).toBe('row-heading')
  })

  it('draws bars from the values and labels them with the printed figures', () => {
    const chart = {
      id: 'c1', caption: '图1：收、支决算总计变动情况图（单位：万元）', kind: 'bar', categories: ['2023年', '2024年'],
      series: [{ name: '收、支总计', values: [21121.08, 6096.59], labels: ['21,121.08', '6,096.59'] }]
    }
    const option = chartOption(chart)
    expect(option.xAxis.data).toEqual(['2023年', '2024年'])
    expect(option.series[0].type).toBe('bar')
    expect(option.series[0].data).toEqual([21121.08, 6096.59])
    expect(option.series[0].label.formatter({ dataIndex: 1 })).toBe('6,096.59')
    expect(option.tooltip.formatter([{ axisValue: '2024年', marker: '', seriesName: '收、支总计', seriesIndex: 0, dataIndex: 1 }]))
      .toBe('2024年<br/>收、支总计：6,096.59万元')
  })

  it('draws a structure pie with the printed amounts', () => {
    const chart = {
      id: 'c2', caption: '图2', kind: 'pie', categories: ['基本支出', '项目支出'],
      series: [{ name: '支出', values: ['1176', '4919.93'], labels: ['1,176', '4,919.93'] }]
    }
    const option = chartOption(chart)
    expect(option.series[0].type).toBe('pie')
    expect(option.series[0].data).toEqual([{ name: '基本支出', value: 1176 }, { name: '项目支出', value: 4919.93 }])
    expect(option.series[0].label.formatter({ name: '项目支出', dataIndex: 1 })).toBe('项目支出\n4,919.93')
  })

  it('shows markup in a 科目 name as text in the HTML tooltips, never as markup', () => {
    const hostile = '<img src=x onerror=alert(1)>'
    const pie = chartOption({ id: 'c2', caption: '图2', kind: 'pie', categories: [hostile, '项目支出'],
      series: [{ name: '支出', values: ['1', '2'], labels: ['1', '<b>2</b>'] }] })
    expect(pie.tooltip.formatter({ name: hostile, dataIndex: 0, percent: 33.33 }))
      .toBe('&lt;img src=x onerror=alert(1)&gt;<br/>1万元（33.33%）')
    expect(pie.tooltip.formatter({ name: '项目支出', dataIndex: 1, percent: 66.67 })).not.toContain('<b>')
    const bars = chartOption({ id: 'c1', caption: '图1', kind: 'bar', categories: [hostile],
      series: [{ name: '"><svg onload=alert(1)>', values: ['1'], labels: ['1'] }] })
    expect(bars.tooltip.formatter([{ axisValue: hostile, marker: '', seriesName: '"><svg onload=alert(1)>', seriesIndex: 0, dataIndex: 0 }]))
      .toBe('&lt;img src=x onerror=alert(1)&gt;<br/>&quot;&gt;&lt;svg onload=alert(1)&gt;：1万元')
  })

  it('marks the printed figure in the quoted paragraph', () => {
    const quote = '2024年度一般公共预算财政拨款支出年初预算数为2,476.6万元，支出决算数为6,095.94万元。'
    expect(highlight(quote, '2,476.6')).toEqual([
      { text: '2024年度一般公共预算财政拨款支出年初预算数为', mark: false },
      { text: '2,476.6', mark: true },
      { text: '万元，支出决算数为6,095.94万元。', mark: false }
    ])
    expect(highlight(quote, '9,999')).toEqual([{ text: quote, mark: false }])
    expect(highlight(null, '1')).toEqual([])
  })

  it('chooses the pie with the most parts as the second chart', () => {
    const charts = [{ kind: 'bar', categories: ['2023年', '2024年'] }, { kind: 'pie', categories: ['财政拨款收入'] },
      { kind: 'pie', categories: ['基本支出', '项目支出'] }, { kind: 'bar', categories: ['a'] }]
    expect(richestPie(charts)).toBe(2)
    expect(richestPie([{ kind: 'bar', categories: [] }, { kind: 'bar', categories: [] }])).toBe(1)
    expect(richestPie([{ kind: 'bar', categories: [] }])).toBe(0)
  })

  it('counts findings by severity, colours them, and knows who sees and uploads', () => {
    expect(countBySeverity([{ severity: 'ERROR' }, { severity: 'INFO' }, { severity: 'INFO' }])).toEqual({ ERROR: 1, WARNING: 0, INFO: 2 })
    expect([severityType('错误'), severityType('警告'), severityType('提示')]).toEqual(['danger', 'warning', 'info'])
    expect(seesAccounts({ role: 'FINANCE_REVIEWER' })).toBe(true)
    expect(seesAccounts({ role: 'AGENCY_EVALUATOR' })).toBe(false)
    expect(mayUploadAccounts({ role: 'DEPARTMENT_USER' })).toBe(true)
    expect(mayUploadAccounts({ role: 'FINANCE_REVIEWER' })).toBe(false)
    expect(seesAccounts(null)).toBe(false)
  })
})
