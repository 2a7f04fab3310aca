/**
 * scripts/run-task.mjs starts a task again when it stalled while loading (keep-alive.mjs ends it with 75), as Node 20's
 * module loader sometimes makes it do; a task that keeps stalling fails after three runs instead of hanging.
 */
import { execFile, type ExecFileException } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { afterAll, describe, expect, it } from 'vitest'

const root = path.resolve(import.meta.dirname, '..')
const dir = mkdtempSync(path.join(tmpdir(), 'toolbox-run-task-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const runTask = (stallRuns: number, counter: string) =>
  new Promise<{ code: number; output: string }>((resolve) => {
    const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('VITEST')))
    execFile(
      process.execPath,
      ['scripts/run-task.mjs', 'tests/fixtures/stallingTask.ts'],
      // 10 s: ample for this small task to load on a busy machine; the stalls are the fixture's own.
      { cwd: root, env: { ...env, NODE_ENV: 'test', TASK_LOAD_TIMEOUT_SECONDS: '10', STALL_RUNS: String(stallRuns), STALL_COUNT_FILE: counter } },
      (error: ExecFileException | null, stdout: string, stderr: string) => resolve({ code: error ? Number(error.code ?? 1) : 0, output: `${stdout}${stderr}` }),
    )
  })

describe('a task that stalls while loading', () => {
  it('is started again, and succeeds when a later run loads', { timeout: 120_000 }, async () => {
    const counter = path.join(dir, 'once')
    const { code, output } = await runTask(1, counter)
    expect(code, output).toBe(0)
    expect(output).toContain("Stalled: the task's modules did not finish loading within 10 s")
    expect(output).toContain('run-task: starting tests/fixtures/stallingTask.ts again (attempt 2 of 3).')
    expect(output).toContain('Loaded on run 2.')
    expect(readFileSync(counter, 'utf8')).toHaveLength(2)
  })

  it('fails with exit code 75 after three stalled runs', { timeout: 120_000 }, async () => {
    const counter = path.join(dir, 'always')
    const { code, output } = await runTask(5, counter)
    expect(code, output).toBe(75)
    expect(output.match(/Stalled:/g)).toHaveLength(3)
  })
})
