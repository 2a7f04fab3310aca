'use client'
/**
 * The page's fill-in state: the fill-ins of this instrument in this browser, the one open, and its autosave.
 * Every change is written to IndexedDB shortly after it is made (debounced), and at once when the page is hidden or
 * another fill-in is opened. A fill-in that has no answer yet is not stored until something is filled in.
 * When the browser will not store (private browsing, storage full), the fill-in lives on in memory and `problem`
 * says so; the page offers the file export.
 */
import { useCallback, useEffect, useRef, useState } from 'react'

import type { InstrumentDefinition } from '@/features/instruments/model'
import { newFillIn, type FillIn } from './engine/answers'
import { newId } from './browser/ids'
import { deleteFillIn, listFillIns, saveFillIn, storageProblem, type StorageProblem } from './browser/store'

export type SaveStatus = 'loading' | 'empty' | 'pending' | 'saving' | 'saved' | 'problem'

const SAVE_DELAY_MS = 500

export interface FillIns {
  /** This instrument's fill-ins in this browser (the open one included once it is stored), most recent first. */
  list: FillIn[]
  current: FillIn
  status: SaveStatus
  savedAt: string | null
  problem: StorageProblem | null
  /** Change the open fill-in; saved shortly after. */
  change: (update: (fillIn: FillIn) => FillIn) => void
  open: (id: string) => Promise<void>
  create: (name?: string) => Promise<FillIn>
  remove: (id: string) => Promise<void>
  /** Store a fill-in read from a file and open it. */
  adopt: (fillIn: FillIn) => Promise<void>
}

const draft = (definition: InstrumentDefinition): FillIn =>
  newFillIn(definition, { id: typeof window === 'undefined' ? 'ssr' : newId(), name: '', now: new Date() })

export function useFillIns(definition: InstrumentDefinition): FillIns {
  const [list, setList] = useState<FillIn[]>([])
  const [current, setCurrent] = useState<FillIn>(() => draft(definition))
  const [status, setStatus] = useState<SaveStatus>('loading')
  const [savedAt, setSavedAt] = useState<string | null>(null)
  const [problem, setProblem] = useState<StorageProblem | null>(null)
  const latest = useRef(current)
  const dirty = useRef(false)
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null)

  const remember = (fillIn: FillIn) => setList((l) => [fillIn, ...l.filter((f) => f.id !== fillIn.id)].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt)))

  const flush = useCallback(async () => {
    if (timer.current) clearTimeout(timer.current)
    timer.current = null
    if (!dirty.current) return
    dirty.current = false
    const fillIn = latest.current
    setStatus('saving')
    try {
      await saveFillIn(fillIn)
      remember(fillIn)
      setProblem(null)
      setSavedAt(new Date().toISOString())
      // A newer change may have come in while this one was written.
      setStatus(dirty.current ? 'pending' : 'saved')
    } catch (error) {
      dirty.current = true
      setProblem(storageProblem(error))
      setStatus('problem')
    }
  }, [])

  useEffect(() => {
    let cancelled = false
    listFillIns(definition.slug).then(
      (found) => {
        if (cancelled) return
        setList(found)
        if (found[0]) {
          latest.current = found[0]
          setCurrent(found[0])
          setStatus('saved')
        } else setStatus('empty')
      },
      (error: unknown) => {
        if (cancelled) return
        setProblem(storageProblem(error))
        setStatus('problem')
      },
    )
    const onHide = () => {
      if (document.visibilityState === 'hidden') void flush()
    }
    document.addEventListener('visibilitychange', onHide)
    window.addEventListener('pagehide', onHide)
    return () => {
      cancelled = true
      document.removeEventListener('visibilitychange', onHide)
      window.removeEventListener('pagehide', onHide)
    }
  }, [definition.slug, flush])

  const change = useCallback(
    (update: (fillIn: FillIn) => FillIn) => {
      const next = update(latest.current)
      if (next === latest.current) return
      latest.current = next
      setCurrent(next)
      dirty.current = true
      setStatus((s) => (s === 'problem' ? s : 'pending'))
      if (timer.current) clearTimeout(timer.current)
      timer.current = setTimeout(() => void flush(), SAVE_DELAY_MS)
    },
    [flush],
  )

  const show = (fillIn: FillIn, stored: boolean) => {
    latest.current = fillIn
    setCurrent(fillIn)
    setStatus(stored ? 'saved' : 'empty')
  }

  const open = useCallback(
    async (id: string) => {
      await flush()
      const fillIn = list.find((f) => f.id === id)
      if (fillIn) show(fillIn, true)
    },
    [flush, list],
  )

  const create = useCallback(
    async (name = '') => {
      await flush()
      const fillIn = newFillIn(definition, { id: newId(), name, now: new Date() })
      show(fillIn, false)
      // Stored at once, so it appears in the list and can be renamed, switched and deleted like any other.
      dirty.current = true
      await flush()
      return fillIn
    },
    [definition, flush],
  )

  const remove = useCallback(
    async (id: string) => {
      if (timer.current) clearTimeout(timer.current)
      dirty.current = false
      try {
        await deleteFillIn(id)
      } catch (error) {
        setProblem(storageProblem(error))
      }
      const rest = list.filter((f) => f.id !== id)
      setList(rest)
      if (latest.current.id === id) show(rest[0] ?? draft(definition), Boolean(rest[0]))
    },
    [definition, list],
  )

  const adopt = useCallback(
    async (fillIn: FillIn) => {
      await flush()
      show(fillIn, false)
      dirty.current = true
      await flush()
    },
    [flush],
  )

  return { list, current, status, savedAt, problem, change, open, create, remove, adopt }
}
