import type { ReactNode } from 'react'

import { Breadcrumb, type Crumb } from './Breadcrumb'
import styles from './ThemeFrame.module.css'
import { themeVars } from '@/shared/design/themeVars'

/**
 * Every page inside a theme keeps the theme's colour as background and text colour (seed 001: "bij de
 * risicofactoren blijft uw achtergrond rood"): a band in the strong colour with the breadcrumb, the × back
 * to the map with this theme unfolded and the page's heading, then the content on the theme's tint.
 * All pairs are WCAG AA (src/shared/design/tokens.test.ts).
 */
export function ThemeFrame({
  colour,
  crumbs,
  closeHref,
  heading,
  children,
}: {
  colour: string
  crumbs: Crumb[]
  /** Where × goes: the map with this theme unfolded. */
  closeHref: string
  heading: ReactNode
  children: ReactNode
}) {
  return (
    <div className={styles.frame} {...themeVars(colour)}>
      <div className={styles.band}>
        <div className={styles.bar}>
          <Breadcrumb crumbs={crumbs} />
          <a className={styles.close} href={closeHref} title="Terug naar de mindmap" data-print="hide">
            <svg aria-hidden="true" focusable="false" viewBox="0 0 24 24" width="22" height="22">
              <path d="M5 5l14 14M19 5L5 19" stroke="currentColor" strokeWidth="2.6" strokeLinecap="round" />
            </svg>
            <span className="visually-hidden">Sluiten: terug naar de mindmap</span>
          </a>
        </div>
        <div className={styles.heading}>{heading}</div>
      </div>
      <div className={styles.body}>{children}</div>
    </div>
  )
}
