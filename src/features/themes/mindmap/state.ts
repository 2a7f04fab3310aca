/**
 * The map's state lives in the URL — `/?thema=<slug>` (the unfolded theme) and `weergave=kaart|lijst` (a chosen
 * view; without it the screen width decides) — so a shared link, the × on a topic page and the browser's back
 * button all open the same view. Shared by the server render and the browser.
 */
import { themePath } from '@/shared/paths'

export type View = 'kaart' | 'lijst' | 'auto'

export interface HomeState {
  /** Slug of the unfolded theme, or null. */
  unfolded: string | null
  view: View
}

const first = (value: string | string[] | undefined): string | undefined => (Array.isArray(value) ? value[0] : value)

/** Reads the query string; unknown themes and odd values fall back to the plain map. */
export const parseHomeState = (
  params: Record<string, string | string[] | undefined>,
  themeSlugs: readonly string[],
): HomeState => {
  const thema = first(params.thema)
  const weergave = first(params.weergave)
  return {
    unfolded: thema && themeSlugs.includes(thema) ? thema : null,
    view: weergave === 'kaart' || weergave === 'lijst' ? weergave : 'auto',
  }
}

export const homeHref = ({ unfolded, view }: HomeState): string => {
  const params = new URLSearchParams()
  if (unfolded) params.set('thema', unfolded)
  if (view !== 'auto') params.set('weergave', view)
  const query = params.toString()
  return query ? `/?${query}` : '/'
}

export interface ThemeLink {
  href: string
  label: string
  /** Undefined for a theme without topics: nothing to unfold, the link goes to the theme page. */
  expanded: boolean | undefined
}

/**
 * A folded theme unfolds (`/?thema=…`); an unfolded one (or one without topics) opens its theme page. The folded
 * theme's name starts with what is visible on it, title and count badge (WCAG 2.5.3, label in name).
 */
export const themeLink = (theme: { slug: string; title: string; count: number }, state: HomeState): ThemeLink => {
  if (theme.count === 0) return { href: themePath(theme.slug), label: `${theme.title}: naar de themapagina`, expanded: undefined }
  if (state.unfolded === theme.slug) return { href: themePath(theme.slug), label: `${theme.title}: open de themapagina`, expanded: true }
  const topics = theme.count === 1 ? '1 onderwerp' : `${theme.count} onderwerpen`
  return { href: homeHref({ ...state, unfolded: theme.slug }), label: `${theme.title}, ${topics}: uitvouwen`, expanded: false }
}

/** The centre folds everything once a theme is unfolded; its name starts with what it shows (WCAG 2.5.3). */
export const rootFoldLabel = "Samen tegen schooluitval: alle thema's dichtvouwen"
