/** The figures print view lays out the engine's suppressed model: no count there that the figures CSV hides. */
import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'

import { figuresCsv } from '@/features/detection/engine/export'
import { buildReport } from '@/features/detection/engine/report'
import { getRulePreset } from '@/features/detection/engine/rules/presets'
import { scorePupils } from '@/features/detection/engine/score'
import { importCsv } from '@tests/fixtures/detection'
import { PrintFigures } from './PrintViews'

describe('the figures print view', () => {
  it('hides what the figures CSV hides, small counts and the counts that give them away', () => {
    // Grade 5: 3 of 20 pupils flagged; grade 6: 10 of 20. The total (13) would give grade 5 away from grade 6's 10.
    const lines = ['leerling_id;klas;leerjaar;afwezig_Z;jaren_vertraging;tekorten']
    for (let i = 0; i < 40; i++) {
      const grade = i < 20 ? 5 : 6
      const flagged = grade === 5 ? i < 3 : i < 30
      lines.push(`${i + 1};${grade}A;${grade};${flagged ? 12 : 0};${flagged ? 1 : 0};${flagged ? 2 : 0}`)
    }
    const { dataset } = importCsv(lines.join('\n'))
    const rules = getRulePreset('workshop')!
    const report = buildReport(dataset, rules, scorePupils(dataset, rules))
    expect(report.funnel.byGrade['6']!.flagged).toBe(10)
    const html = renderToStaticMarkup(createElement(PrintFigures, { report, rules, date: '1/1/2026' }))
    const row = (label: string) => html.match(new RegExp(`<tr><th>${label}</th>(.*?)</tr>`))![1]!
    expect(row('5e leerjaar')).toBe('<td>20</td><td>&lt;5</td><td>&lt;5</td><td>&lt;5</td>')
    expect(row('6e leerjaar')).toBe('<td>20</td><td>x</td><td>x</td><td>x</td>')
    expect(row('Totaal')).toBe('<td>40</td><td>13 (32,5%)</td><td>13 (32,5%)</td><td>100%</td>')
    expect(figuresCsv(report)).toContain('trechter;6e leerjaar;gesignaleerd;x;x')
  })
})
