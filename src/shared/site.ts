/** The public address of the site, for absolute links (canonical URLs, sitemap, e-mails). */
export const siteUrl = (process.env.SITE_URL ?? `http://localhost:${process.env.PORT ?? 3000}`).replace(/\/$/, '')

export const siteName = 'Toolbox Schooluitval'
