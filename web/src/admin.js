// Helpers of the administration pages (用户管理, 组织管理) and the 新建评价 dialog. The server checks everything again;
// these only keep the forms from offering choices the server would refuse.

export const KIND_ORDER = ['FINANCE_BUREAU', 'AGENCY', 'DEPARTMENT']
export const KIND_LABELS = { FINANCE_BUREAU: '财政局', AGENCY: '评价机构', DEPARTMENT: '部门' }

/** The organisations a user of the given role may belong to (roles as GET /api/users/roles gives them). */
export function organisationsForRole(roles, organisations, roleCode) {
  const role = (roles || []).find((r) => r.code === roleCode)
  if (!role || !role.organisationKind) return organisations || []
  return (organisations || []).filter((o) => o.kind === role.organisationKind)
}

/** Organisations sorted by kind (财政局, 评价机构, 部门) and name; optionally only one kind. */
export function organisationRows(organisations, kind = null) {
  return (organisations || [])
    .filter((o) => !kind || o.kind === kind)
    .slice()
    .sort((a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) || a.name.localeCompare(b.name, 'zh-CN'))
}

/** The organisations that may become the parent of organisation `id`: not itself, not one of its descendants. */
export function parentCandidates(organisations, id) {
  const children = new Map()
  for (const o of organisations || []) {
    if (o.parentId != null) {
      if (!children.has(o.parentId)) children.set(o.parentId, [])
      children.get(o.parentId).push(o.id)
    }
  }
  const excluded = new Set()
  const stack = id == null ? [] : [id]
  while (stack.length) {
    const next = stack.pop()
    if (excluded.has(next)) continue
    excluded.add(next)
    stack.push(...(children.get(next) || []))
  }
  return organisationRows(organisations).filter((o) => !excluded.has(o.id))
}

/**
 * 正常, 已停用, 登录受限 (failed sign-ins make new browsers wait until delayedUntil) or 登录失败 n 次, with the tag colour.
 * There is no lock: a browser that signed in to the account before is never held up.
 */
export function userStatus(user, now = Date.now()) {
  if (!user.enabled) return { label: '已停用', type: 'info' }
  if (user.delayedUntil && Date.parse(user.delayedUntil) > now) return { label: '登录受限', type: 'danger' }
  if (user.failedAttempts > 0) return { label: `登录失败 ${user.failedAttempts} 次`, type: 'warning' }
  return { label: '正常', type: 'success' }
}

/** The words of an audit verification result: whether the trail is whole, else what was found first. */
export function verificationSummary(result) {
  if (!result) return null
  if (result.intact) return { type: 'success', title: '操作日志完整', detail: result.message }
  return { type: 'error', title: `发现篡改：记录${result.kindLabel}`, detail: result.message }
}

/**
 * The form field an API error belongs to ({field: message}), so that the form can show the message under the input;
 * an error without a field is returned as {_: message}.
 */
export function fieldErrors(error) {
  const field = error?.problem?.field
  return field ? { [field]: error.message } : { _: error?.message || '操作失败' }
}

/** What the user list shows for the organisation of a user. */
export function organisationName(organisations, id) {
  if (id == null) return '—'
  const found = (organisations || []).find((o) => o.id === id)
  return found ? found.name : `组织 ${id}`
}

/** The 422 problems of a dataset upload as lines for people: 第 12 行（meta.year）：消息. */
export function problemLines(error) {
  return (error?.problem?.problems || []).map((p) => {
    const where = [p.line ? `第 ${p.line} 行` : '', p.field ? `（${p.field}）` : ''].join('')
    return (where ? where + '：' : '') + p.message
  })
}

/** Roles that may create evaluations (the server refuses the others with 403). */
export const CREATOR_ROLES = ['ADMIN', 'AGENCY_EVALUATOR', 'FINANCE_REVIEWER']

const RECORD_KINDS = { evaluation: '评价', selfeval: '自评批次', accounts: '决算', review: '复核报告', administration: '系统管理' }

/** The record a refusal names (evaluation/12, administration) in words: 评价 12, 系统管理. */
export function refusalTarget(field) {
  if (!field) return '—'
  const [kind, id] = field.split('/')
  const label = RECORD_KINDS[kind]
  if (!label) return field
  return id ? `${label} ${id}` : label
}
