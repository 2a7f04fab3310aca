/**
 * The page's side of the Web Worker: one request → one promise, with progress callbacks. The worker is created from
 * its module URL (bundled by Next.js), so it is served from our own origin and falls under the page's CSP.
 */
import type { ProgressUpdate } from '@/features/detection/engine/session'
import type { WorkerRequest, WorkerResponse, WorkerResults } from '@/features/detection/engine/worker-protocol'

/** A request without its id (the client numbers them). */
export type Request = WorkerRequest extends infer R ? (R extends unknown ? Omit<R, 'id'> : never) : never

interface Pending {
  resolve: (value: unknown) => void
  reject: (error: Error) => void
  onProgress: ((update: ProgressUpdate) => void) | undefined
}

/** An analysis the worker skipped because a newer one was sent; the caller ignores it. */
export class CancelledError extends Error {
  constructor() {
    super('Vervangen door een nieuwere berekening.')
    this.name = 'CancelledError'
  }
}

export class DetectionWorker {
  private readonly worker: Worker
  private nextId = 1
  private readonly pending = new Map<number, Pending>()

  constructor() {
    this.worker = new Worker(new URL('../engine/worker.ts', import.meta.url), { name: 'vroegdetectie' })
    this.worker.addEventListener('message', (event: MessageEvent<WorkerResponse>) => {
      const message = event.data
      const entry = this.pending.get(message.id)
      if (!entry) return
      if (message.type === 'progress') entry.onProgress?.(message.progress)
      else {
        this.pending.delete(message.id)
        if (message.type === 'result') entry.resolve(message.result)
        else if (message.type === 'cancelled') entry.reject(new CancelledError())
        else entry.reject(new Error(message.message))
      }
    })
    this.worker.addEventListener('error', (event) => {
      event.preventDefault()
      this.failAll('De rekenmodule van deze pagina liep vast. Herlaad de pagina en probeer opnieuw.')
    })
  }

  request<R extends Request>(request: R, onProgress?: (update: ProgressUpdate) => void): Promise<WorkerResults[R['type']]> {
    const id = this.nextId++
    return new Promise<WorkerResults[R['type']]>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (value: unknown) => void, reject, onProgress })
      this.worker.postMessage({ ...request, id } as WorkerRequest)
    })
  }

  terminate(): void {
    this.worker.terminate()
    this.failAll('De rekenmodule werd gestopt.')
  }

  private failAll(message: string): void {
    for (const entry of this.pending.values()) entry.reject(new Error(message))
    this.pending.clear()
  }
}
