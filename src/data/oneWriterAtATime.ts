import type { BaseDatabaseAdapter, DatabaseAdapterObj, PayloadRequest } from 'payload'

type TransactionId = number | string

/** How long a write waits for the one before it; beyond this something holds a transaction open by mistake. */
const waitLimitMs = 30_000
/** How long SQLite waits for a write lock another process holds (a task, a test) before it answers SQLITE_BUSY. */
const busyTimeoutMs = 5_000

/**
 * One write transaction at a time in this process, the others waiting their turn without blocking.
 *
 * Why: SQLite has a single writer, and its driver (libsql) is synchronous. A second transaction that begins while
 * one is open gets SQLITE_BUSY at once, or — with a busy timeout — blocks the event loop, so the open transaction
 * cannot finish either. Payload keeps a transaction open across awaits (hooks, file uploads), so two requests that
 * write at the same moment would collide. Queuing the transactions in JavaScript lets every write land and keeps
 * the process responsive; reads never wait (they use their own connection, and WAL lets them run beside a writer).
 * A hook must pass `req` to the local API so its writes join the open transaction instead of queuing behind it.
 * Other processes on the same file (the seed task, tests) are not in the queue: for them SQLite's busy timeout is
 * set on the connection each transaction takes (libsql hands every transaction the current connection and opens a
 * new one for what follows, so the adapter's own `busyTimeout`, set once, would be lost after the first).
 *
 * Payload writes a few things outside the open transaction on purpose, so they count even if the operation fails:
 * failed login attempts (the lockout) and the password-reset reservation. On SQLite such a write would wait for
 * the lock its own operation's transaction holds — a deadlock. So a write outside any transaction while one is open
 * joins that transaction, and if the transaction is rolled back it is done again after the rollback: it counts
 * either way, as Payload intends.
 */
export const oneWriterAtATime = (adapter: DatabaseAdapterObj): DatabaseAdapterObj => ({
  ...adapter,
  init: (args) => {
    const db: BaseDatabaseAdapter = adapter.init(args)
    const begin = db.beginTransaction.bind(db)
    const commit = db.commitTransaction.bind(db)
    const rollback = db.rollbackTransaction.bind(db)
    const releases = new Map<TransactionId, () => void>()
    let tail: Promise<void> = Promise.resolve()
    /** The transaction now open (one at a time), and the writes from outside it that joined it. */
    let open: { id: TransactionId; joined: (() => Promise<unknown>)[] } | null = null

    type Write = (args: { req?: Partial<PayloadRequest> } & Record<string, unknown>) => Promise<unknown>
    const sessions = (db as unknown as { sessions: Record<string, unknown> }).sessions
    for (const method of ['create', 'updateOne', 'updateMany', 'deleteOne', 'deleteMany', 'upsert'] as const) {
      const write = (db[method] as unknown as Write).bind(db)
      ;(db as unknown as Record<string, Write>)[method] = async (args) => {
        const ownId = args.req?.transactionID ? await args.req.transactionID : undefined
        const inATransaction = ownId !== undefined && ownId !== null && Boolean(sessions[String(ownId)])
        if (inATransaction || !open) return write(args)
        const joining = open
        joining.joined.push(() => write(args))
        return write({ ...args, req: { ...args.req, transactionID: joining.id } })
      }
    }

    db.beginTransaction = async (options) => {
      let release = () => {}
      const turn = new Promise<void>((resolve) => (release = resolve))
      const previous = tail
      tail = previous.then(() => turn)
      let timer: NodeJS.Timeout | undefined
      const timedOut = new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), waitLimitMs)))
      const waited = await Promise.race([previous.then(() => 'ready' as const), timedOut])
      clearTimeout(timer)
      if (waited === 'timeout') {
        // Give up our turn as soon as it comes, so the queue behind us keeps moving.
        void previous.then(release)
        throw new Error(`A database write waited more than ${waitLimitMs / 1000} s for the one before it.`)
      }
      try {
        await (db as { client?: { execute: (sql: string) => Promise<unknown> } }).client?.execute(`PRAGMA busy_timeout = ${busyTimeoutMs}`)
        const id = await begin(options)
        if (id === null) release()
        else {
          releases.set(id, release)
          open = { id, joined: [] }
        }
        return id
      } catch (error) {
        release()
        throw error
      }
    }

    /** Ends a transaction either way, then lets the next one begin. Payload may end one more than once. */
    const ending =
      (end: (id: Promise<TransactionId> | TransactionId) => Promise<void>, redoJoined: boolean) =>
      async (incoming: Promise<TransactionId> | TransactionId) => {
        const id = await incoming
        const joined = open?.id === id ? open.joined : []
        if (open?.id === id) open = null
        try {
          await end(id)
          // Still our turn: nothing else writes before these are done again.
          if (redoJoined) for (const redo of joined) await redo()
        } finally {
          releases.get(id)?.()
          releases.delete(id)
        }
      }
    db.commitTransaction = ending(commit, false)
    db.rollbackTransaction = ending(rollback, true)
    return db
  },
})
