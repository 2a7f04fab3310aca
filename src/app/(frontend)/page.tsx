import type { Metadata } from 'next'

import { pageMetadata } from '../../components/layout/metadata'
import { toClientData } from '../../components/mindmap/clientData'
import { layoutMindmap } from '../../components/mindmap/layout'
import { MindmapView } from '../../components/mindmap/MindmapView'
import { buildNodes, type MapTheme } from '../../components/mindmap/model'
import { parseHomeState } from '../../components/mindmap/state'
import { getMindmap } from '../../queries/mindmap'
import styles from './page.module.css'

// An editor's new topic appears on the map at once: the page reads the database on each request.
export const dynamic = 'force-dynamic'

export const metadata: Metadata = pageMetadata({
  description:
    'Zes invalshoeken op vroegtijdig schoolverlaten in één mindmap: risicofactoren, beschermende factoren, doelgroepen, leerling en context, netwerken en warme overdracht — met onderzoek, materialen en goede praktijken.',
  path: '/',
})

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

export default async function HomePage({ searchParams }: Props) {
  const themes = await getMindmap()
  const state = parseHomeState(await searchParams, themes.map((theme) => theme.slug))
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
            <p className="lead">Zes invalshoeken op vroegtijdig schoolverlaten. Kies een thema om het open te vouwen, en een onderwerp om het te lezen.</p>
          </>
        }
        themes={mapThemes}
        nodes={nodes}
        layout={layout}
        data={toClientData(nodes, layout)}
        state={state}
      />
    </div>
  )
}
