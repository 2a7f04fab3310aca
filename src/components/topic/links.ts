/** Where the contribution form lives (issue: a later page); the topic is filled in through the query string. */
export const contributeHref = (topicSlug?: string) =>
  topicSlug ? `/bijdragen?${new URLSearchParams({ onderwerp: topicSlug })}` : '/bijdragen'

export const topicHref = (themeSlug: string, topicSlug: string) => `/themas/${themeSlug}/${topicSlug}`
