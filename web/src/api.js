// The server's REST API (docs/server.md): session cookie, CSRF token from the XSRF-TOKEN cookie sent back as the
// X-XSRF-TOKEN header on every changing request, errors as RFC 7807 problem details.

const CSRF_COOKIE = 'XSRF-TOKEN'
const CSRF_HEADER = 'X-XSRF-TOKEN'

/** An error answer of the API, carrying its problem details (title, detail, problems, currentVersion …). */
export class ApiError extends Error {
  constructor(status, problem) {
    super(problemMessage(status, problem))
    this.status = status
    this.problem = problem || {}
  }
}

/** A refused save because someone else saved first (409 with the evaluation's current version). */
export function isConflict(error) {
  return error?.status === 409 && error.problem?.currentVersion !== undefined
}

/** The message to show for an error answer: the problem's detail, else its title, else a generic one. */
export function problemMessage(status, problem) {
  if (problem && problem.detail) return problem.detail
  if (problem && problem.title) return problem.title
  if (status === 0) return '无法连接服务器，请检查网络'
  return `请求失败（HTTP ${status}）`
}

export function readCookie(name, cookieString = document.cookie) {
  for (const part of cookieString.split(';')) {
    const [key, ...rest] = part.trim().split('=')
    if (key === name) return decodeURIComponent(rest.join('='))
  }
  return null
}

let unauthorizedHandler = null
/** Called with the problem details when the API answers 401 to a signed-in request (the session expired or was ended). */
export function onUnauthorized(handler) {
  unauthorizedHandler = handler
}

async function ensureCsrf() {
  if (!readCookie(CSRF_COOKIE)) {
    await fetch('/api/auth/csrf', { credentials: 'same-origin' })
  }
  return readCookie(CSRF_COOKIE)
}

export async function request(method, url, { body, form, headers = {}, params, quiet401 = false } = {}) {
  const query = params ? toQuery(params) : ''
  const init = { method, credentials: 'same-origin', headers: { Accept: 'application/json', ...headers } }
  if (method !== 'GET' && method !== 'HEAD') {
    init.headers[CSRF_HEADER] = await ensureCsrf()
  }
  if (body !== undefined) {
    init.headers['Content-Type'] = 'application/json'
    init.body = JSON.stringify(body)
  }
  if (form !== undefined) {
    init.body = form // multipart: the browser sets Content-Type with its boundary
  }
  let response
  try {
    response = await fetch(url + query, init)
  } catch (e) {
    throw new ApiError(0, null)
  }
  const type = response.headers.get('Content-Type') || ''
  const data = type.includes('json') ? await response.json() : null
  if (!response.ok) {
    if (response.status === 401 && !quiet401 && unauthorizedHandler) unauthorizedHandler(data)
    throw new ApiError(response.status, data)
  }
  return data
}

/**
 * A multipart upload that reports its progress (fetch cannot): `onProgress(percent)` while the file travels, 100 once it
 * has arrived (the server may then take a while to answer). Same cookies, CSRF header and errors as `request`.
 */
export async function uploadWithProgress(url, form, { params, onProgress } = {}) {
  const token = await ensureCsrf()
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest()
    xhr.open('POST', url + (params ? toQuery(params) : ''))
    xhr.withCredentials = true
    xhr.setRequestHeader('Accept', 'application/json')
    xhr.setRequestHeader(CSRF_HEADER, token)
    if (onProgress && xhr.upload) {
      xhr.upload.onprogress = (e) => {
        if (e.lengthComputable && e.total > 0) onProgress(Math.min(100, Math.round((e.loaded * 100) / e.total)))
      }
      xhr.upload.onload = () => onProgress(100)
    }
    xhr.onload = () => {
      const type = xhr.getResponseHeader('Content-Type') || ''
      let data = null
      if (type.includes('json')) {
        try {
          data = JSON.parse(xhr.responseText)
        } catch (e) {
          data = null
        }
      }
      if (xhr.status >= 200 && xhr.status < 300) {
        resolve(data)
        return
      }
      if (xhr.status === 401 && unauthorizedHandler) unauthorizedHandler(data)
      reject(new ApiError(xhr.status, data))
    }
    xhr.onerror = () => reject(new ApiError(0, null))
    xhr.send(form)
  })
}

/**
 * Fetches a file the server makes on request (a 复核意见): `{ blob, fileName }`, the name from Content-Disposition; an
 * error answer (409, 404 …) is an ApiError with the server's message instead of a broken download.
 */
export async function fetchFile(url, { onProgress } = {}) {
  let response
  try {
    response = await fetch(url, { credentials: 'same-origin' })
  } catch (e) {
    throw new ApiError(0, null)
  }
  if (response.ok && onProgress && response.body) {
    // the server has made the file; report its arrival (received bytes, and the total when the answer states it)
    const total = Number(response.headers.get('Content-Length')) || 0
    const reader = response.body.getReader()
    const chunks = []
    let received = 0
    onProgress({ received, total })
    for (;;) {
      const { done, value } = await reader.read()
      if (done) break
      chunks.push(value)
      received += value.length
      onProgress({ received, total })
    }
    const type = response.headers.get('Content-Type') || 'application/octet-stream'
    return { blob: new Blob(chunks, { type }), fileName: attachmentName(response.headers.get('Content-Disposition')) }
  }
  if (!response.ok) {
    const type = response.headers.get('Content-Type') || ''
    const data = type.includes('json') ? await response.json() : null
    if (response.status === 401 && unauthorizedHandler) unauthorizedHandler(data)
    throw new ApiError(response.status, data)
  }
  return { blob: await response.blob(), fileName: attachmentName(response.headers.get('Content-Disposition')) }
}

/** The file name of `attachment; filename*=UTF-8''…` (or `filename="…"`), decoded; null when there is none. */
export function attachmentName(disposition) {
  if (!disposition) return null
  const star = /filename\*=UTF-8''([^;]+)/i.exec(disposition)
  if (star) return decodeURIComponent(star[1].trim())
  const plain = /filename="([^"]*)"/i.exec(disposition)
  return plain ? plain[1] : null
}

/** `?a=1&b=x` from the non-empty entries of params. */
export function toQuery(params) {
  const entries = Object.entries(params).filter(([, v]) => v !== undefined && v !== null && v !== '')
  if (entries.length === 0) return ''
  return '?' + new URLSearchParams(entries.map(([k, v]) => [k, String(v)])).toString()
}

export const api = {
  async login(username, password) {
    await fetch('/api/auth/csrf', { credentials: 'same-origin' })
    return request('POST', '/api/auth/login', { body: { username, password }, quiet401: true })
  },
  me: () => request('GET', '/api/auth/me', { quiet401: true }),
  logout: () => request('POST', '/api/auth/logout', { quiet401: true }),
  changePassword: (currentPassword, newPassword) => request('POST', '/api/auth/password', { body: { currentPassword, newPassword } }),
  organisations: () => request('GET', '/api/organisations'),
  evaluations: (filters) => request('GET', '/api/evaluations', { params: filters }),
  evaluation: (id) => request('GET', `/api/evaluations/${id}`),
  history: (id) => request('GET', `/api/evaluations/${id}/history`),
  review: (id) => request('GET', `/api/evaluations/${id}/review`),
  preview: (id, change) => request('POST', `/api/evaluations/${id}/indicators/preview`, { body: change }),
  saveIndicator: (id, version, change) =>
    request('PATCH', `/api/evaluations/${id}/indicators`, { body: change, headers: { 'If-Match': `"${version}"` } }),
  previewFacts: (id, change) => request('POST', `/api/evaluations/${id}/facts/preview`, { body: change }),
  saveFacts: (id, version, change) =>
    request('PATCH', `/api/evaluations/${id}/facts`, { body: change, headers: { 'If-Match': `"${version}"` } }),
  previewTarget: (id, change) => request('POST', `/api/evaluations/${id}/targets/preview`, { body: change }),
  saveTarget: (id, version, change) =>
    request('PATCH', `/api/evaluations/${id}/targets`, { body: change, headers: { 'If-Match': `"${version}"` } }),
  moveStage: (id, stage, reason) => request('POST', `/api/evaluations/${id}/stage`, { body: { stage, reason } }),
  signOff: (id, level, opinion) => request('POST', `/api/evaluations/${id}/signoffs`, { body: { level, opinion } }),
  reportUrl: (id, format) => `/api/evaluations/${id}/report?format=${format}`,

  selfEvals: (filters) => request('GET', '/api/selfevals', { params: filters }),
  selfEval: (id) => request('GET', `/api/selfevals/${id}`),
  selfEvalFindings: (id) => request('GET', `/api/selfevals/${id}/findings`),
  selfEvalSample: (id, rule) => request('GET', `/api/selfevals/${id}/sample`, { params: rule }),
  deleteSelfEval: (id) => request('DELETE', `/api/selfevals/${id}`),
  /** Records (score given) or withdraws (score null) the reviewer's 复核得分 of a table row, with its reason. */
  selfEvalReviewScore: (id, tableId, row, score, reason) =>
    request('PUT', `/api/selfevals/${id}/tables/${tableId}/review/${row}`, { body: { score, reason } }),
  selfEvalHistory: (id) => request('GET', `/api/selfevals/${id}/history`),
  /** Uploads workbooks as one batch (multipart field files); fields: name, year, financeBureauId, departmentId. */
  uploadSelfEval(files, fields = {}) {
    const form = new FormData()
    for (const file of files) form.append('files', file, file.name)
    return request('POST', '/api/selfevals', { form, params: fields })
  },
  selfEvalSummaryUrl: (id, format) => `/api/selfevals/${id}/summary?format=${format}`,
  selfEvalFindingsUrl: (id) => `/api/selfevals/${id}/findings/download`,
  selfEvalSampleUrl: (id, rule) => `/api/selfevals/${id}/sample/download${toQuery(rule || {})}`,
  selfEvalWorkbookUrl: (id, workbookId) => `/api/selfevals/${id}/workbooks/${workbookId}`,

  // 部门决算公开
  accountsList: (filters) => request('GET', '/api/accounts', { params: filters }),
  accounts: (id) => request('GET', `/api/accounts/${id}`),
  accountsReview: (id) => request('GET', `/api/accounts/${id}/review`),
  accountsExplanation: (id) => request('GET', `/api/accounts/${id}/explanation`),
  accountsHistory: (id) => request('GET', `/api/accounts/${id}/history`),
  uploadAccounts: (file, departmentId) =>
    request('POST', '/api/accounts', { form: fileForm(file), params: { departmentId } }),
  replaceAccounts: (id, version, file) =>
    request('PUT', `/api/accounts/${id}`, { form: fileForm(file), headers: { 'If-Match': `"${version}"` } }),
  reviewText: (id, text, name) => request('POST', `/api/accounts/${id}/text-review`, { body: { text, name } }),
  reviewTextFile: (id, file) => request('POST', `/api/accounts/${id}/text-review`, { form: fileForm(file) }),
  accountsExplanationUrl: (id, format) => `/api/accounts/${id}/explanation?format=${format}`,
  accountsWorkbookUrl: (id) => `/api/accounts/${id}/workbook`,
  accountsDatasetUrl: (id) => `/api/accounts/${id}/dataset`,
  accountsTemplateUrl: () => '/api/accounts/template',

  // 复核报告
  documentReviews: () => request('GET', '/api/reviews'),
  documentReview: (id, revision) => request('GET', `/api/reviews/${id}`, { params: { revision } }),
  documentReviewHistory: (id) => request('GET', `/api/reviews/${id}/history`),
  rerunReview: (id) => request('POST', `/api/reviews/${id}/rerun`),
  deleteReview: (id) => request('DELETE', `/api/reviews/${id}`),
  /** Uploads one report file (multipart field file) and reports the upload's progress. */
  uploadReview: (file, onProgress) => uploadWithProgress('/api/reviews', fileForm(file), { onProgress }),
  reviewOriginalUrl: (id) => `/api/reviews/${id}/original`,
  reviewOpinionUrl: (id, format) => `/api/reviews/${id}/opinion?format=${format}`,

  // administration (系统管理员)
  users: () => request('GET', '/api/users'),
  roles: () => request('GET', '/api/users/roles'),
  createUser: (user) => request('POST', '/api/users', { body: user }),
  updateUser: (id, change) => request('PATCH', `/api/users/${id}`, { body: change }),
  createOrganisation: (organisation) => request('POST', '/api/organisations', { body: organisation }),
  updateOrganisation: (id, change) => request('PATCH', `/api/organisations/${id}`, { body: change }),
  administrationLog: () => request('GET', '/api/audit/administration'),
  refusals: () => request('GET', '/api/audit/refusals'),
  loginFailures: () => request('GET', '/api/audit/login-failures'),
  verifyAudit: () => request('GET', '/api/audit/verify'),
  // new evaluations: from a template or from a dataset file
  templates: () => request('GET', '/api/templates'),
  createFromTemplate: (templateId, body) => request('POST', `/api/templates/${templateId}/evaluations`, { body }),
  uploadDataset: (file) => request('POST', '/api/evaluations', { form: fileForm(file) }),
  // the prose (评价结论)
  prose: (id) => request('GET', `/api/evaluations/${id}/prose`),
  saveMeta: (id, version, body) =>
    request('PATCH', `/api/evaluations/${id}/meta`, { body, headers: { 'If-Match': `"${version}"` } }),
  saveProse: (id, version, body) =>
    request('PATCH', `/api/evaluations/${id}/prose`, { body, headers: { 'If-Match': `"${version}"` } })
}

/** A form with one file in the field `file`, as the upload endpoints expect. */
export function fileForm(file) {
  const form = new FormData()
  form.append('file', file, file.name)
  return form
}
