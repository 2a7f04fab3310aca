'use client'

import { usePathname } from 'next/navigation'

import styles from './MainNav.module.css'
import { mainNavigation, sectionOf } from './navigation'

/**
 * The main menu. A client component only to mark the current section (aria-current) from the path, which a
 * shared layout cannot read on the server without making every page dynamic; the links work without JavaScript.
 */
export function MainNav() {
  const section = sectionOf(usePathname() ?? '/')
  return (
    <nav aria-label="Hoofdmenu" className={styles.nav}>
      <ul className={styles.list}>
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
