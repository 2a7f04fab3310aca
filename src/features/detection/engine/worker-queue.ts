/**
 * The worker's message loop, without the worker: requests run one at a time, in order (a new analysis never overtakes
 * the import it depends on), and an analysis that a newer one has replaced while it waited is not computed at all;
 * it is answered with `cancelled`. Each edit of the list sends one, so only the latest matters.
 */
import type { DetectionSession, ProgressUpdate } from './session'
import type { WorkerRequest, WorkerResponse } from './worker-protocol'

async function handle(session: DetectionSession, request: WorkerRequest, post: (message: WorkerResponse) => void): Promise<WorkerResponse> {
  const progress = (update: ProgressUpdate) => post({ id: request.id, type: 'progress', progress: update })
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

/** Returns the function to call with each incoming request; answers go to `post`. */
export function createDispatcher(session: DetectionSession, post: (message: WorkerResponse) => void): (request: WorkerRequest) => Promise<void> {
  let queue: Promise<void> = Promise.resolve()
  let latestAnalysis = 0
  return (request) => {
    if (request.type === 'analyse') latestAnalysis = request.id
    queue = queue.then(async () => {
      if (request.type === 'analyse' && request.id !== latestAnalysis) {
        post({ id: request.id, type: 'cancelled' })
        return
      }
      try {
        post(await handle(session, request, post))
      } catch (error) {
        const detail = error instanceof Error ? error.message : String(error)
        post({ id: request.id, type: 'error', message: `Er ging iets mis bij het rekenen (${detail}). Laad het bestand opnieuw.` })
      }
    })
    return queue
  }
}
