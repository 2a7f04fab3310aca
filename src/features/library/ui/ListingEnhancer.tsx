'use client'

import { usePathname, useRouter, useSearchParams } from 'next/navigation'
import { useEffect, useTransition } from 'react'

/**
 * The small enhancement of a list page: without JavaScript it is a plain GET form with an "apply" button; with it,
 * ticking a box or changing the order updates the results at once (a new history entry, so Back undoes it) and
 * typing in the search field does so after a short pause (replacing the entry, so Back does not replay every
 * letter). The server renders every state; this only navigates. After Back/Forward it sets the controls to what
 * the URL says, because the browser keeps a box ticked that the restored page says is not.
 */
export function ListingEnhancer({ formId, rootId }: { formId: string; rootId: string }) {
  const router = useRouter()
  const pathname = usePathname()
  const searchParams = useSearchParams()
  const [pending, startTransition] = useTransition()

  useEffect(() => {
    const form = document.getElementById(formId) as HTMLFormElement | null
    const root = document.getElementById(rootId)
    if (!form || !root) return
    root.setAttribute('data-enhanced', '')
    let timer: ReturnType<typeof setTimeout> | undefined

    const navigate = (replace: boolean) => {
      clearTimeout(timer)
      const params = new URLSearchParams()
      for (const [key, value] of new FormData(form)) if (typeof value === 'string' && value.trim() !== '') params.append(key, value)
      const query = params.toString()
      const url = `${form.getAttribute('action') ?? pathname}${query ? `?${query}` : ''}`
      startTransition(() => (replace ? router.replace(url, { scroll: false }) : router.push(url, { scroll: false })))
    }
    const ownControl = (target: EventTarget | null) =>
      target instanceof HTMLInputElement || target instanceof HTMLSelectElement ? target.form === form : false
    const onChange = (event: Event) => {
      if (!ownControl(event.target) || (event.target as HTMLInputElement).type === 'search') return
      navigate(false)
    }
    const onInput = (event: Event) => {
      if (!ownControl(event.target) || (event.target as HTMLInputElement).type !== 'search') return
      clearTimeout(timer)
      timer = setTimeout(() => navigate(true), 350)
    }
    const onSubmit = (event: SubmitEvent) => {
      event.preventDefault()
      navigate(false)
    }
    document.addEventListener('change', onChange)
    document.addEventListener('input', onInput)
    form.addEventListener('submit', onSubmit)
    return () => {
      clearTimeout(timer)
      document.removeEventListener('change', onChange)
      document.removeEventListener('input', onInput)
      form.removeEventListener('submit', onSubmit)
    }
  }, [formId, rootId, pathname, router])

  // Back/Forward: make the controls match the URL.
  useEffect(() => {
    const form = document.getElementById(formId) as HTMLFormElement | null
    if (!form) return
    for (const element of Array.from(form.elements)) {
      if (element instanceof HTMLInputElement && element.type === 'checkbox') {
        element.checked = searchParams.getAll(element.name).includes(element.value)
      } else if (element instanceof HTMLInputElement && element.type === 'search') {
        const q = searchParams.get(element.name) ?? ''
        if (document.activeElement !== element && element.value.trim() !== q.trim()) element.value = q
      } else if (element instanceof HTMLSelectElement) {
        const value = searchParams.get(element.name) ?? ''
        if (Array.from(element.options).some((option) => option.value === value)) element.value = value
      }
    }
  }, [formId, searchParams])

  // The filter panel is open beside the results on wide screens (CSS shows it; this tells assistive technology).
  useEffect(() => {
    const panel = document.getElementById(rootId)?.querySelector<HTMLDetailsElement>('details[data-filter-panel]')
    const wide = window.matchMedia('(min-width: 48.01rem)')
    const follow = () => {
      if (panel && wide.matches) panel.open = true
    }
    follow()
    wide.addEventListener('change', follow)
    return () => wide.removeEventListener('change', follow)
  }, [rootId])

  useEffect(() => {
    document.getElementById(rootId)?.setAttribute('aria-busy', pending ? 'true' : 'false')
  }, [pending, rootId])

  return null
}
