/**
 * The page's Web Worker: parsing, pseudonymising and scoring run here, off the main thread, so a 50 MB file does not
 * freeze the page. All state lives in one session (session.ts); this file only passes messages. The worker makes no
 * requests: it has no `fetch`, and the page's Content-Security-Policy would refuse one.
 */
import { createSession, type ProgressUpdate } from './session'
import type { WorkerRequest, WorkerResponse } from './worker-protocol'

const session = createSession()
const scope = self as unknown as {
  postMessage(message: WorkerResponse): void
  addEventListener(type: 'message', listener: (event: MessageEvent<WorkerRequest>) => void): void
}

async function handle(request: WorkerRequest): Promise<WorkerResponse> {
  const progress = (update: ProgressUpdate) =>
    scope.postMessage({ id: request.id, type: 'progress', progress: update })
  switch (request.type) {
    case 'read':
      return { id: request.id, type: 'result', result: await session.read(request.file, { fileName: request.fileName, ...(request.sheet ? { sheet: request.sheet } : {}) }, progress) }
    case 'readSheet':
      return { id: request.id, type: 'result', result: await session.readSheet(request.sheet, progress) }
    case 'sample':
      return { id: request.id, type: 'result', result: await session.sample(request.kind, progress) }
    case 'import':
      return { id: request.id, type: 'result', result: session.importWith(request.mapping, request.key, progress) }
    case 'analyse':
      return { id: request.id, type: 'result', result: session.analyse(request.rules, progress) }
    case 'lookup':
      return { id: request.id, type: 'result', result: session.lookup(request.schoolId) }
    case 'clear':
      session.clear()
      return { id: request.id, type: 'result', result: null }
  }
}

// One request at a time, in order: a new analysis never overtakes the import it depends on.
let queue: Promise<void> = Promise.resolve()
scope.addEventListener('message', (event) => {
  const request = event.data
  queue = queue.then(async () => {
    try {
      scope.postMessage(await handle(request))
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error)
      scope.postMessage({ id: request.id, type: 'error', message: `Er ging iets mis bij het rekenen (${detail}). Laad het bestand opnieuw.` })
    }
  })
})
