// The evaluation's prose (GET/PATCH /api/evaluations/{id}/prose): 部门基本情况, 主要成效, 存在的问题及原因分析, 意见建议.

export const PROSE_PARTS = ['profile', 'achievements', 'problems', 'suggestions']

/** History fields of prose edits, named as the report names the chapters. */
export const PROSE_FIELD_LABELS = {
  profile: '部门基本情况',
  'findings/achievements': '主要成效',
  'findings/problems': '存在的问题及原因分析',
  'findings/suggestions': '意见建议'
}

/** An editable copy: {profile: [{title, text}], …} with empty strings for absent titles. */
export function proseDraft(view) {
  const draft = {}
  for (const key of PROSE_PARTS) draft[key] = []
  for (const part of view?.parts || []) {
    draft[part.key] = (part.sections || []).map((s) => ({ title: s.title || '', text: s.text || '' }))
  }
  return draft
}

function normalised(sections) {
  return (sections || []).map((s) => ({ title: (s.title || '').trim() || null, text: (s.text || '').trim() }))
}

/** The PATCH body: only the parts that differ from the original (whitespace at the ends ignored), each whole. */
export function proseChanges(original, draft) {
  const body = {}
  for (const key of PROSE_PARTS) {
    const now = normalised(draft[key])
    if (JSON.stringify(now) !== JSON.stringify(normalised(original[key]))) {
      body[key] = now.map((s) => (s.title ? s : { text: s.text }))
    }
  }
  return body
}

/** Sections without text (the server refuses them): [{part, index}]. */
export function emptySections(draft) {
  const out = []
  for (const key of PROSE_PARTS) {
    ;(draft[key] || []).forEach((s, index) => {
      if (!(s.text || '').trim()) out.push({ part: key, index })
    })
  }
  return out
}
