import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { RichText } from '@payloadcms/richtext-lexical/react'

import { pageMetadata } from '@/shared/layout/metadata'
import { themeHomeHref } from '@/features/themes/theme/links'
import { ThemeFrame } from '@/features/themes/theme/ThemeFrame'
import { ThemeHeading } from '@/features/themes/theme/ThemeHeading'
import { TopicCards } from '@/features/themes/theme/TopicCards'
import { getThemePage } from '@/features/themes/queries/themes'
import styles from './page.module.css'
import { themePath } from '@/shared/paths'

// Served from Next.js's cache: rendered on the first request, expired when an editor publishes (data/cache/freshPages).
// No page at build time (there is no database then); each is rendered on its first request and then cached.
export const generateStaticParams = () => []
// A safety net for changes made outside the site (npm run seed, a restore): expire after an hour at the latest.
export const revalidate = 3600

type Props = { params: Promise<{ theme: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = await getThemePage((await params).theme)
  if (!page) return { title: 'Pagina niet gevonden', robots: { index: false } }
  return pageMetadata({ title: page.theme.title, description: page.theme.summary, path: themePath(page.theme.slug) })
}

export default async function ThemePage({ params }: Props) {
  const page = await getThemePage((await params).theme)
  if (!page) notFound()
  const { theme, topics } = page
  return (
    <ThemeFrame
      colour={theme.colour}
      closeHref={themeHomeHref(theme.slug)}
      crumbs={[{ label: 'Mindmap', href: '/' }, { label: theme.title }]}
      heading={<ThemeHeading theme={theme} />}
    >
      {theme.intro ? (
        <div className={styles.intro}>
          <RichText data={theme.intro} />
        </div>
      ) : null}
      <section aria-labelledby="onderwerpen">
        <h2 id="onderwerpen" className={styles.heading}>
          Onderwerpen
        </h2>
        <TopicCards themeSlug={theme.slug} topics={topics} />
      </section>
    </ThemeFrame>
  )
}
