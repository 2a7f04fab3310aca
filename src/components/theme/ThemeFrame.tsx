import type { CSSProperties, ReactNode } from 'react'

import { colourOf } from '../../design/tokens'

interface Crumb {
  label: string
  href?: string
}

/**
 * Everything inside a theme keeps the theme's colour as background and text colour (seed 001), with a
 * breadcrumb and the × that goes back to the map with this theme unfolded.
 */
export function ThemeFrame({
  colour,
  themeSlug,
  crumbs,
  children,
}: {
  colour: string | null | undefined
  themeSlug: string
  crumbs: Crumb[]
  children: ReactNode
}) {
  const c = colourOf(colour)
  const style = {
    '--theme-strong': c.strong,
    '--theme-on-strong': c.onStrong,
    '--theme-tint': c.tint,
    '--theme-on-tint': c.onTint,
  } as CSSProperties
  return (
    <div className="theme-frame" style={style}>
      <div className="theme-frame__bar">
        <nav aria-label="Kruimelpad" className="breadcrumb">
          <ol>
            <li>
              <a href="/">Mindmap</a>
            </li>
            {crumbs.map((crumb) => (
              <li key={crumb.label}>{crumb.href ? <a href={crumb.href}>{crumb.label}</a> : <span aria-current="page">{crumb.label}</span>}</li>
            ))}
          </ol>
        </nav>
        <a className="theme-frame__close" href={`/?thema=${themeSlug}`} aria-label="Sluiten en terug naar de mindmap">
          ×
        </a>
      </div>
      {children}
    </div>
  )
}
