'use client'

import { useId, useState, type KeyboardEvent } from 'react'
import { usePathname } from 'next/navigation'

import styles from './MainNav.module.css'
import { mainNavigation, sectionOf } from './navigation'

/**
 * The main menu. A client component to mark the current section (aria-current) from the path, which a shared layout
 * cannot read on the server without making every page dynamic, and to fold the menu behind a "Menu" button on a
 * phone, where the seven sections would take a quarter of the screen.
 *
 * The button is a disclosure (aria-expanded, aria-controls; Escape closes it and returns focus). Its CSS is gated on
 * `@media (scripting: enabled)`, so without JavaScript (or in a browser that does not know that media feature) the
 * button is hidden and the links are shown, wrapped, as they always were: the menu never depends on the script.
 */
export function MainNav() {
  const section = sectionOf(usePathname() ?? '/')
  const [open, setOpen] = useState(false)
  const listId = useId()

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (event.key !== 'Escape' || !open) return
    setOpen(false)
    // Back to the button, so focus is not left on a link that is no longer shown.
    event.currentTarget.querySelector<HTMLButtonElement>('button[aria-controls]')?.focus()
  }

  return (
    <nav aria-label="Hoofdmenu" className={styles.nav} onKeyDown={onKeyDown}>
      <button type="button" className={styles.toggle} aria-expanded={open} aria-controls={listId} onClick={() => setOpen(!open)}>
        <svg aria-hidden="true" focusable="false" viewBox="0 0 20 20" width="18" height="18">
          {open ? (
            <path d="M4 4l12 12M16 4L4 16" stroke="currentColor" strokeWidth="2.2" strokeLinecap="round" />
          ) : (
            <path d="M3 5h14M3 10h14M3 15h14" stroke="currentColor" strokeWidth="2.2" strokeLinecap="round" />
          )}
        </svg>
        Menu
      </button>
      <ul id={listId} className={styles.list} data-open={open}>
        {mainNavigation.map((item) => (
          <li key={item.href}>
            <a href={item.href} className={styles.link} aria-current={section === item.href ? 'page' : undefined}>
              {item.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  )
}
