// Entering a performance target's actual value (PATCH /api/evaluations/{id}/targets and its preview).
// The page never scores: it sends what was typed and shows what the server computed.

import { flattenTree } from './format.js'

/** The verdicts of a qualitative (定性) target, as the server stores them. */
export const QUALITATIVE_RESULTS = ['完成', '部分完成', '未完成']

/** The form's starting values: the stored actual (plain number or verdict) and 数据来源. */
export function targetDraft(target) {
  return { actual: target?.actualValue ?? '', source: target?.source ?? '', reason: '' }
}

/** The operator and target value as the dialog shows them: “≥ 10 家”, or the qualitative wording. */
export function describeTarget(target) {
  if (!target) return ''
  if (!target.quantitative) return `定性：${target.target}`
  return `${target.operator} ${target.value}${target.unit ? ' ' + target.unit : ''}`
}

/**
 * The PATCH/preview body, or null when there is nothing to send (no actual value typed, or nothing changed). The actual
 * goes as the text typed (trimmed) so that decimals stay exact; the server checks it and answers 422 with the field.
 * A target of the target list is named by its id, a placeholder written in a leaf's rule by its path.
 */
export function targetChange(target, draft) {
  if (!target) return null
  const actual = String(draft.actual ?? '').trim()
  const source = String(draft.source ?? '').trim()
  const actualChanged = actual !== '' && actual !== String(target.actualValue ?? '')
  const sourceChanged = source !== String(target.source ?? '').trim()
  if (actual === '' || (!actualChanged && !sourceChanged)) return null
  const body = target.id ? { id: target.id } : { path: target.path }
  body.actual = actual
  if (sourceChanged) body.source = source
  const reason = String(draft.reason ?? '').trim()
  if (reason) body.reason = reason
  return body
}

/** The leaves whose score differs between the saved tree and a preview: name, old and new score, as the server gave them. */
export function changedLeaves(before, after) {
  const old = new Map(flattenTree(before).filter((n) => n.leaf).map((n) => [n.path, n]))
  return flattenTree(after)
    .filter((n) => n.leaf && old.has(n.path) && String(old.get(n.path).score) !== String(n.score))
    .map((n) => ({ path: n.path, name: n.name, before: old.get(n.path).score, after: n.score }))
}
