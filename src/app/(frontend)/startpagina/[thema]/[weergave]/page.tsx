import type { Metadata } from 'next'

import { pageMetadata } from '@/shared/layout/metadata'
import { toClientData } from '@/features/themes/mindmap/clientData'
import { HomeInvitation } from '@/features/themes/mindmap/HomeInvitation'
import { layoutMindmap } from '@/features/themes/mindmap/layout'
import { MindmapView } from '@/features/themes/mindmap/MindmapView'
import { buildNodes, type MapTheme } from '@/features/themes/mindmap/model'
import { parseHomeState } from '@/features/themes/mindmap/state'
import { getMindmap } from '@/features/themes/queries/mindmap'
import { keepBriefly } from '@/data/cache/keepBriefly'
import styles from './page.module.css'

/**
 * The home page, `/`. Its state is in the query string (`?thema=`, `?weergave=`), which would make a page dynamic;
 * src/proxy.ts rewrites `/?thema=a&weergave=b` to `/startpagina/a/b` (`-` for no theme, `auto` for no view), so each
 * state is one cached page, rendered on its first request and expired when an editor publishes
 * (data/cache/freshPages). The visitor's address stays `/?…`; the canonical link names `/`.
 */
export const generateStaticParams = () => []
// A safety net for changes made outside the site (npm run seed, a restore): expire after an hour at the latest.
export const revalidate = 3600

const numberWords = ['geen', 'één', 'twee', 'drie', 'vier', 'vijf', 'zes', 'zeven', 'acht', 'negen', 'tien', 'elf', 'twaalf']
/** "Zes invalshoeken": the count of the themes an editor has published, in words where Dutch writes words. */
const angles = (count: number) => `${numberWords[count] ?? count} ${count === 1 ? 'invalshoek' : 'invalshoeken'}`
const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1)

export async function generateMetadata(): Promise<Metadata> {
  const themes = await getMindmap().catch(async () => {
    await keepBriefly()
    return []
  })
  const names = themes.map((theme) => theme.title.toLowerCase())
  const list = names.length > 1 ? `${names.slice(0, -1).join(', ')} en ${names.at(-1)}` : (names[0] ?? '')
  return pageMetadata({
    description: `${capitalised(angles(themes.length))} op vroegtijdig schoolverlaten in één mindmap${list ? `: ${list}` : ''} — met onderzoek, materialen en goede praktijken.`,
    path: '/',
  })
}

type Props = { params: Promise<{ thema: string; weergave: string }> }

export default async function HomePage({ params }: Props) {
  const themes = await getMindmap()
  const { thema, weergave } = await params
  const state = parseHomeState({ thema, weergave }, themes.map((theme) => theme.slug))
  const mapThemes: (MapTheme & { summary: string })[] = themes.map((theme) => ({
    id: theme.id,
    slug: theme.slug,
    title: theme.title,
    summary: theme.summary,
    colour: theme.colour,
    topics: theme.topics.map((topic) => ({
      id: topic.id,
      slug: topic.slug,
      title: topic.title,
      gradient: topic.gradient,
      inProgress: topic.inProgress,
      parentId: topic.parentId,
    })),
  }))
  const nodes = buildNodes(mapThemes)
  const layout = layoutMindmap(nodes)

  return (
    <div className={styles.home}>
      <MindmapView
        intro={
          <>
            <h1>Toolbox Schooluitval</h1>
            <p className="lead">{capitalised(angles(themes.length))} op vroegtijdig schoolverlaten. Kies een thema om het open te vouwen, en een onderwerp om het te lezen.</p>
          </>
        }
        themes={mapThemes}
        nodes={nodes}
        layout={layout}
        data={toClientData(nodes, layout)}
        state={state}
      />
      <HomeInvitation />
    </div>
  )
}
