/**
 * The site's addresses for themes, topics and the contribution form, in one place. Pure (no imports), so the
 * pages, the search records and the sitemap all build the same URLs.
 */
export const themePath = (themeSlug: string) => `/themas/${themeSlug}`

export const topicPath = (themeSlug: string, topicSlug: string) => `/themas/${themeSlug}/${topicSlug}`

/** A slug as the slug field makes them (lower case, digits, single hyphens): anything else cannot be a page. */
export const isSlug = (value: unknown): value is string =>
  typeof value === 'string' && value.length <= 120 && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value)

/** The contribution form, with the topic filled in when there is one. */
export const contributePath = (topicSlug?: string) => (topicSlug ? `/bijdragen?${new URLSearchParams({ onderwerp: topicSlug })}` : '/bijdragen')

export const materialPath = (slug: string) => `/materialen/${slug}`

export const instrumentPath = (slug: string) => `/instrumenten/${slug}`

/** The anchor of one section of an instrument page: the route map links to it, the workspace gives its element the id. */
export const instrumentSectionId = (sectionId: string) => `sectie-${sectionId}`

export const practicePath = (slug: string) => `/goede-praktijken/${slug}`

/** What changed recently on the site, as a page and as an Atom feed (linked from every page's head). */
export const whatsNewPath = '/nieuw'
export const feedPath = '/feed.xml'
