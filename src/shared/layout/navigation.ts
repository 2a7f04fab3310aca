/** The site's main sections, in menu order. */
export const mainNavigation = [
  { href: '/', label: 'Mindmap' },
  { href: '/materialen', label: 'Materialen' },
  { href: '/goede-praktijken', label: 'Goede praktijken' },
  { href: '/partners', label: 'Partners' },
  { href: '/instrumenten', label: 'Instrumenten' },
  { href: '/vroegdetectie', label: 'Vroegdetectie' },
  { href: '/zoeken', label: 'Zoeken' },
] as const

/**
 * The section a path belongs to: '/' for the map and everything inside the themes, else the first segment. The home
 * page is rendered as /startpagina/… (the proxy's rewrite of `/?thema=…`, one cached page per state), which is the map.
 */
export const sectionOf = (pathname: string): string => {
  const first = `/${pathname.split('/').filter(Boolean)[0] ?? ''}`
  return first === '/themas' || first === '/startpagina' ? '/' : first
}
