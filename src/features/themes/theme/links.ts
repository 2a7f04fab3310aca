import { homeHref } from '@/features/themes/mindmap/state'

/** Where × goes from inside a theme: the map with that theme unfolded (the list shows it unfolded too). */
export const themeHomeHref = (themeSlug: string) => homeHref({ unfolded: themeSlug, view: 'auto' })
