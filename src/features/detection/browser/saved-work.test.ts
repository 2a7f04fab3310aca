import { describe, expect, it } from 'vitest'

import { getRulePreset } from '@/features/detection/engine/rules/presets'
import { SAVED_WORK_FORMAT, checkSavedWork, type SavedWork } from './saved-work'

const work = (): SavedWork => ({
  format: SAVED_WORK_FORMAT,
  version: 1,
  key: 'ab'.repeat(32),
  mapping: { version: 1, fields: { leerling_id: 'Nr', leerjaar: 'Jaar' } },
  choice: 'workshop',
  rules: getRulePreset('workshop')!,
  fileName: 'export.csv',
  results: null,
})

describe('checking saved work', () => {
  it('accepts what the page saves', () => {
    expect(checkSavedWork(JSON.parse(JSON.stringify(work())))).toEqual({ ok: true, work: work() })
  })

  it('refuses a bad key, a bad mapping, results without figures, another format', () => {
    expect(checkSavedWork({ ...work(), key: 'kort' })).toMatchObject({ ok: false, message: 'De bewaarde sleutel is ongeldig.' })
    expect(checkSavedWork({ ...work(), mapping: { version: 9 } })).toMatchObject({ ok: false })
    expect(checkSavedWork({ ...work(), results: { listed: [] } })).toMatchObject({ ok: false, message: 'De bewaarde resultaten zijn onvolledig.' })
    expect(checkSavedWork({ ...work(), format: 'x' })).toMatchObject({ ok: false })
    expect(checkSavedWork('tekst')).toMatchObject({ ok: false })
  })

  it('refuses a list that scores on home language, whatever the file says', () => {
    const rules = getRulePreset('workshop')!
    rules.factors[0]!.field = 'thuistaal'
    const result = checkSavedWork({ ...work(), rules })
    expect(result.ok).toBe(false)
    expect(!result.ok && result.message).toContain('thuistaal')
  })
})
