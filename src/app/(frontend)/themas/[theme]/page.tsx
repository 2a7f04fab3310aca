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

export const dynamic = 'force-dynamic'

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
