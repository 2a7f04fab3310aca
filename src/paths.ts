/**
 * The site's addresses for themes, topics and the contribution form, in one place. Pure (no imports), so the
 * pages, the search records and the sitemap all build the same URLs.
 */
export const themePath = (themeSlug: string) => `/themas/${themeSlug}`

export const topicPath = (themeSlug: string, topicSlug: string) => `/themas/${themeSlug}/${topicSlug}`

/** The contribution form, with the topic filled in when there is one. */
export const contributePath = (topicSlug?: string) => (topicSlug ? `/bijdragen?${new URLSearchParams({ onderwerp: topicSlug })}` : '/bijdragen')
