'use client'

import { nl } from 'date-fns/locale/nl'
import type { ReactNode } from 'react'
import { registerLocale, setDefaultLocale } from 'react-datepicker'

/*
 * The admin's date picker in Dutch from its first render. Payload's i18n (`nl`, dateFNSKey 'nl') loads date-fns's
 * Dutch locale asynchronously and registers it with react-datepicker in an effect, after the date fields have
 * rendered: a date field could show "2 December 2026" until something re-rendered it. Registering the same locale
 * when the admin's client code loads makes every date field and calendar Dutch at once ("2 december 2026", januari …).
 */
registerLocale('nl', nl)
setDefaultLocale('nl')

/** An admin provider (admin.components.providers) only so that this module loads with the admin. */
export function DutchDatePicker({ children }: { children: ReactNode }) {
  return children
}
