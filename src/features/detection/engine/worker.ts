/**
 * The page's Web Worker: parsing, pseudonymising and scoring run here, off the main thread, so a 50 MB file does not
 * freeze the page. All state lives in one session (session.ts) and the message loop in worker-queue.ts; this file only
 * wires them to `postMessage`. The worker makes no requests: it has no `fetch`, and its Content-Security-Policy would
 * refuse one.
 */
import { createSession } from './session'
import { createDispatcher } from './worker-queue'
import type { WorkerRequest, WorkerResponse } from './worker-protocol'

const scope = self as unknown as {
  postMessage(message: WorkerResponse): void
  addEventListener(type: 'message', listener: (event: MessageEvent<WorkerRequest>) => void): void
}

const dispatch = createDispatcher(createSession(), (message) => scope.postMessage(message))
scope.addEventListener('message', (event) => void dispatch(event.data))
