/** The command line, spawned as a user would run it (npx tsx src/features/detection/engine/cli.ts …). */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { RULE_FORMAT } from './rules/types'
import { generateSeed003Export, sampleToCsv } from './sample'

let dir: string

function detect(...args: string[]) {
  const run = spawnSync('npx', ['tsx', 'src/features/detection/engine/cli.ts', ...args], { encoding: 'utf8', timeout: 60_000 })
  return { code: run.status, stdout: run.stdout, stderr: run.stderr }
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'vroegdetectie-'))
  writeFileSync(join(dir, 'seed003.csv'), sampleToCsv(generateSeed003Export()))
  writeFileSync(join(dir, 'leeg.csv'), '')
  writeFileSync(join(dir, 'kapot.csv'), 'naam;klas\nPeeters;5A\n')
  writeFileSync(join(dir, 'herkomst.json'), JSON.stringify({
    format: RULE_FORMAT, formatVersion: 1, id: 'x', version: '1', name: 'X', source: 'test',
    factors: [{ id: 'h', label: 'H', kind: 'risk', field: 'nationaliteit', op: 'eq', value: 'x' }],
    tiers: [{ id: 'a', label: 'A', when: { factor: 'h' } }],
  }))
})

afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('npm run detect', () => {
  it('prints the funnel as JSON in the agreed shape', () => {
    const { code, stdout } = detect(join(dir, 'seed003.csv'), '--json')
    expect(code).toBe(0)
    const json = JSON.parse(stdout)
    expect(json).toMatchObject({
      pupils: 1332,
      overCodeThreshold: 314,
      flagged: 113,
      byGrade: {
        '5': { pupils: 655, overCodeThreshold: 168, flagged: 53 },
        '6': { pupils: 677, overCodeThreshold: 146, flagged: 60 },
      },
      rules: { id: 'workshop' },
    })
    expect(stdout).not.toMatch(/\d{2}\.\d{2}\.\d{2}-\d{3}\.\d{2}/) // no national register number anywhere
    expect(json.input.droppedColumns).toEqual(['naam', 'voornaam', 'rijksregisternummer'])
  })

  it('prints the workshop-style summary without --json, with another preset too', () => {
    const workshop = detect(join(dir, 'seed003.csv'))
    expect(workshop.code).toBe(0)
    expect(workshop.stdout).toContain('314 leerlingen hebben meer dan 10 codes (23,6%)')
    expect(workshop.stdout).toContain('Gesignaleerd: 113 leerlingen')
    const abc = detect(join(dir, 'seed003.csv'), '--rules', 'abc', '--json')
    expect(abc.code).toBe(0)
    expect(JSON.parse(abc.stdout).rules.id).toBe('abc')
  })

  it.each([
    ['a file that does not exist', ['bestaat-niet.csv'], 'bestaat niet'],
    ['an empty file', ['leeg.csv'], 'Het bestand is leeg.'],
    ['a file without the required columns', ['kapot.csv'], 'Verplichte kolommen ontbreken'],
    ['an unknown preset', ['seed003.csv', '--rules', 'onbekend'], 'Onbekende detectielijst "onbekend"'],
    ['a rule file that scores on nationality', ['seed003.csv', '--rules', 'herkomst.json'], 'mag niet meetellen'],
    ['an unknown option', ['seed003.csv', '--snel'], 'Onbekende optie --snel'],
  ])('exits with 2 and a Dutch message for %s', (_, args, message) => {
    const paths = args.map((a) => (a.endsWith('.csv') || a.endsWith('.json') ? join(dir, a) : a))
    const { code, stderr, stdout } = detect(...paths)
    expect(code).toBe(2)
    expect(stderr).toContain(message)
    expect(stdout).toBe('')
  })
})
