import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import ElementPlus from 'element-plus'
import { api, attachmentName, fetchFile } from '../src/api.js'
import {
  RULE_NAMES, checkFile, countFindings, countTags, filterFindings, formatSize, locationText, ruleName, severityLabel, severityTag,
  summaryLine, tableRows
} from '../src/reviews.js'
import ReviewUpload from '../src/components/ReviewUpload.vue'

afterEach(() => {
  vi.unstubAllGlobals()
  document.cookie = 'XSRF-TOKEN=; expires=Thu, 01 Jan 1970 00:00:00 GMT'
})

// One document as the server stores it (jixiao-review/1): the review of the test report with one wrong 得分率
const result = {
  document: '示例县农业农村局绩效评价报告.docx',
  format: 'Word 文档',
  kind: '绩效评价报告',
  pages: 0,
  summary: { errors: 1, notes: 1, unchecked: 1, tables: 1, indicators: { 一级: 4, 二级: 5 }, leaves: 5, statedTotal: '89', statedGrade: '良' },
  tables: [{ index: 1, where: '第 1 个表格', caption: null, role: '得分表', rows: 7, columns: 5 }],
  findings: [
    {
      severity: 'error', level: '错误', rule: 'RATE', ruleText: '得分率 = 得分 ÷ 分值 × 100%',
      location: { text: '第 1 个表格 第 5 行', part: null, item: '产出 › 产出数量', page: 0, line: 0, paragraph: 0, table: 1, row: 5, column: 5 },
      printed: '95.00', recomputed: '90.00', message: '“产出数量”的得分率与得分 ÷ 分值不符：报告为 95.00，复算为 90.00。', quotation: null
    },
    {
      severity: 'note', level: '提示', rule: 'TABLE_SUM', ruleText: '合计 = 各行之和',
      location: { text: '第 3 页', part: '表 8', item: '合计', page: 3 }, printed: '6,555.50', recomputed: '6,555.51',
      message: '合计与各行之和相差 0.01（尾差）', quotation: '合计 6,555.50'
    },
    {
      severity: 'unchecked', rule: 'UNCHECKED', location: { text: '第 12 行', part: null, item: null, line: 12 },
      message: '比率“目标完成率”同段没有给出所需数据，未能复算', quotation: '目标完成率为 98%'
    }
  ]
}

describe('findings', () => {
  it('counts and filters by the three severities of the schema', () => {
    expect(countFindings(result.findings)).toEqual({ error: 1, note: 1, unchecked: 1 })
    expect(countFindings([])).toEqual({ error: 0, note: 0, unchecked: 0 })
    expect(filterFindings(result.findings, 'error').map((f) => f.printed)).toEqual(['95.00'])
    expect(filterFindings(result.findings, 'unchecked')).toHaveLength(1)
    expect(filterFindings(result.findings, 'all')).toHaveLength(3)
    expect(filterFindings(null, 'note')).toEqual([])
  })

  it('words the severities in Chinese', () => {
    expect(result.findings.map((f) => severityLabel(f.severity))).toEqual(['错误', '提示', '未能核对'])
    expect(result.findings.map((f) => severityTag(f.severity))).toEqual(['danger', 'warning', 'info'])
  })

  it('names each check in Chinese and never shows a rule code', () => {
    expect(result.findings.map(ruleName)).toEqual(['得分率', '表格合计行', '未能核对'])
    expect(ruleName({ severity: 'error', rule: 'SOME_NEW_CHECK', ruleText: '新规则' })).toBe('其他核对')
    for (const name of Object.values(RULE_NAMES)) {
      expect(name).not.toMatch(/[A-Za-z_]/)
    }
  })

  it('says where a finding is as a reader of the document would', () => {
    expect(locationText(result.findings[0].location)).toBe('产出 › 产出数量（第 1 个表格 第 5 行）')
    expect(locationText(result.findings[1].location)).toBe('表 8 › 合计（第 3 页）')
    expect(locationText(result.findings[2].location)).toBe('第 12 行')
    expect(locationText({ text: '', part: null, item: null })).toBe('—')
    expect(locationText(null)).toBe('—')
  })
})

describe('what was read', () => {
  it('sums it up in one line: kind, format, tables, indicators, stated total and grade', () => {
    expect(summaryLine(result)).toBe('绩效评价报告 · Word 文档 · 识别表格 1 个 · 指标：一级 4 个、二级 5 个，末级 5 个 · 报告所述综合得分 89 分，等级“良”')
    const pdf = { ...result, format: 'PDF 文档', pages: 38, summary: { ...result.summary, indicators: {}, statedTotal: undefined, statedGrade: '良' } }
    expect(summaryLine(pdf)).toBe('绩效评价报告 · PDF 文档 · 共 38 页 · 识别表格 1 个 · 未恢复出指标体系 · 报告所述等级“良”')
    expect(summaryLine(null)).toBe('')
  })

  it('lists the recovered tables with their size', () => {
    expect(tableRows(result)).toEqual([{ index: 1, where: '第 1 个表格', caption: '—', role: '得分表', size: '7 行 × 5 列' }])
    expect(tableRows({})).toEqual([])
  })

  it('gives the counts of a row as tags, zeros included', () => {
    expect(countTags({ errors: 1, notes: 0, unchecked: 4 }).map((t) => `${t.label} ${t.count}`)).toEqual(['错误 1', '提示 0', '未能核对 4'])
  })

  it('writes file sizes as people read them', () => {
    expect(formatSize(812)).toBe('812 字节')
    expect(formatSize(2791)).toBe('2.7 KB')
    expect(formatSize(1468006)).toBe('1.4 MB')
    expect(formatSize(undefined)).toBe('—')
  })
})

describe('choosing a file', () => {
  it('accepts the formats the server reviews and refuses the rest before sending', () => {
    expect(checkFile({ name: '报告.docx', size: 2791 })).toBe('')
    expect(checkFile({ name: '报告.PDF', size: 10 })).toBe('')
    expect(checkFile({ name: 'page.htm', size: 10 })).toBe('')
    expect(checkFile({ name: '自评表.xlsx', size: 10 })).toContain('不是可复核的文件')
    expect(checkFile({ name: '旧报告.doc', size: 10 })).toContain('另存为 .docx 或 PDF')
    expect(checkFile({ name: '.pdf', size: 10 })).toContain('不是可复核的文件')
    expect(checkFile({ name: '空.txt', size: 0 })).toBe('“空.txt”是空文件')
    expect(checkFile({ name: '扫描件.pdf', size: 25 * 1024 * 1024 })).toBe('“扫描件.pdf”有 25.0 MB，超过 20 MB，无法上传')
    expect(checkFile(null)).toBe('请选择要复核的报告文件')
  })
})

/** A stand-in for XMLHttpRequest that answers with `reply` after reporting the upload's progress. */
function fakeXhr(reply) {
  const sent = []
  class FakeXhr {
    constructor() {
      this.headers = {}
      this.upload = {}
      sent.push(this)
    }

    open(method, url) {
      this.method = method
      this.url = url
    }

    setRequestHeader(name, value) {
      this.headers[name] = value
    }

    getResponseHeader(name) {
      return name === 'Content-Type' ? reply.type : null
    }

    send(body) {
      this.body = body
      setTimeout(() => {
        this.upload.onprogress?.({ lengthComputable: true, loaded: 50, total: 200 })
        this.upload.onprogress?.({ lengthComputable: true, loaded: 200, total: 200 })
        this.upload.onload?.()
        this.status = reply.status
        this.responseText = JSON.stringify(reply.body)
        this.onload()
      }, 0)
    }
  }
  return { FakeXhr, sent }
}

describe('upload', () => {
  it('sends the file in the field file with the CSRF header and reports its progress', async () => {
    document.cookie = 'XSRF-TOKEN=token-7'
    const { FakeXhr, sent } = fakeXhr({ status: 201, type: 'application/json', body: { id: 12, errors: 1 } })
    vi.stubGlobal('XMLHttpRequest', FakeXhr)
    const progress = []
    const file = new File(['x'], '报告.docx')
    expect(await api.uploadReview(file, (p) => progress.push(p))).toEqual({ id: 12, errors: 1 })
    expect(sent[0].method).toBe('POST')
    expect(sent[0].url).toBe('/api/reviews')
    expect(sent[0].headers['X-XSRF-TOKEN']).toBe('token-7')
    expect(sent[0].body.get('file').name).toBe('报告.docx')
    expect(progress).toEqual([25, 100, 100])
  })

  it('turns a refusal into an ApiError with the server message', async () => {
    document.cookie = 'XSRF-TOKEN=token-7'
    const detail = '损坏的报告.docx：无法作为 Word 文档（.docx）打开，文件可能已损坏、已加密或不是 Word 文档'
    const { FakeXhr } = fakeXhr({ status: 422, type: 'application/problem+json', body: { title: '无法复核', status: 422, detail } })
    vi.stubGlobal('XMLHttpRequest', FakeXhr)
    await expect(api.uploadReview(new File(['x'], '损坏的报告.docx'))).rejects.toMatchObject({ status: 422, message: detail })
  })

  it('the upload area shows the refusal of a wrong file at once and the server refusal after sending', async () => {
    document.cookie = 'XSRF-TOKEN=token-7'
    const detail = '文本.txt：没有找到可复核的评价报告内容'
    const { FakeXhr, sent } = fakeXhr({ status: 422, type: 'application/problem+json', body: { title: '无法复核', status: 422, detail } })
    vi.stubGlobal('XMLHttpRequest', FakeXhr)
    const wrapper = mount(ReviewUpload, { global: { plugins: [ElementPlus] } })
    const input = wrapper.find('input[type=file]')
    expect(input.attributes('accept')).toBe('.docx,.pdf,.html,.htm,.md,.txt')

    Object.defineProperty(input.element, 'files', { value: [new File(['x'], '自评表.xlsx')], configurable: true })
    await input.trigger('change')
    await flushPromises()
    expect(wrapper.find('[data-test=review-upload-error]').text()).toContain('“自评表.xlsx”不是可复核的文件')
    expect(wrapper.find('[data-test=review-upload-submit]').attributes('disabled')).toBeDefined()

    wrapper.findComponent({ name: 'ElUpload' }).vm.clearFiles()
    Object.defineProperty(input.element, 'files', { value: [new File(['没有得分表'], '文本.txt')], configurable: true })
    await input.trigger('change')
    await flushPromises()
    expect(wrapper.find('[data-test=review-upload-error]').exists()).toBe(false)
    await wrapper.find('[data-test=review-upload-submit]').trigger('click')
    await new Promise((resolve) => setTimeout(resolve, 5))
    await flushPromises()
    expect(sent).toHaveLength(1)
    expect(wrapper.find('[data-test=review-upload-error]').text()).toContain(detail)
    expect(wrapper.emitted('created')).toBeUndefined()
  })
})

describe('downloads', () => {
  it('reads the Chinese file name of an attachment', () => {
    expect(attachmentName("attachment; filename=\"=?UTF-8?Q?x?=\"; filename*=UTF-8''%E5%A4%8D%E6%A0%B8%E6%84%8F%E8%A7%81-a.docx"))
      .toBe('复核意见-a.docx')
    expect(attachmentName('attachment; filename="a.html"')).toBe('a.html')
    expect(attachmentName(null)).toBeNull()
  })

  it('gives a 409 of the 复核意见 as an error with the server message, not as a file', async () => {
    const detail = '复核程序已更新，本报告现在的复核结果与保存的第 1 次复核不同：请先“重新复核”，再下载复核意见'
    vi.stubGlobal('fetch', vi.fn(async () => ({
      ok: false, status: 409, headers: new Headers({ 'Content-Type': 'application/problem+json' }), json: async () => ({ title: '冲突', detail })
    })))
    await expect(fetchFile('/api/reviews/3/opinion?format=docx')).rejects.toMatchObject({ status: 409, message: detail })
  })

  it('gives the file with its name when the server sends it', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => ({
      ok: true, status: 200,
      headers: new Headers({ 'Content-Disposition': "attachment; filename*=UTF-8''%E5%A4%8D%E6%A0%B8%E6%84%8F%E8%A7%81-a.html" }),
      blob: async () => new Blob(['<html></html>'])
    })))
    const { blob, fileName } = await fetchFile('/api/reviews/3/opinion?format=html')
    expect(fileName).toBe('复核意见-a.html')
    expect(await blob.text()).toBe('<html></html>')
  })
})
