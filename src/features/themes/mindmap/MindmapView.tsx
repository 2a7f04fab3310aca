import type { ReactNode } from 'react'

import type { MapClientData } from './clientData'
import { Legend } from './Legend'
import { Mindmap } from './Mindmap'
import styles from './Mindmap.module.css'
import { MindmapEnhancer } from './MindmapEnhancer'
import { MindmapList } from './MindmapList'
import type { MapLayout } from './layout'
import type { MapNode, MapTheme } from './model'
import { homeHref, type HomeState } from './state'

/**
 * The home page's explorer, all server-rendered: the view toggle (map ↔ list, a link that keeps the state in
 * the URL), the map with its zoom buttons and legend, the list, and a live region. Without JavaScript it all
 * works as links. MindmapEnhancer (a few lines of client code) loads the controller — d3-zoom and the
 * in-place unfolding — only once the visitor points at, touches or tabs into the map.
 */
export function MindmapView({
  themes,
  nodes,
  layout,
  data,
  state,
  intro,
}: {
  intro: ReactNode
  themes: (MapTheme & { summary: string })[]
  nodes: MapNode[]
  layout: MapLayout
  data: MapClientData
  state: HomeState
}) {
  return (
    <div className={styles.explorer} data-view={state.view} data-explorer="">
      <div className={styles.toolbar}>
        <div className={styles.intro}>{intro}</div>
        <a href={homeHref({ ...state, view: 'lijst' })} data-show="lijst" className={styles.toList}>
          <svg aria-hidden="true" focusable="false" viewBox="0 0 20 20" width="18" height="18">
            <path d="M3 5h14M3 10h14M3 15h14" stroke="currentColor" strokeWidth="2.2" strokeLinecap="round" />
          </svg>
          Toon als lijst
        </a>
        <a href={homeHref({ ...state, view: 'kaart' })} data-show="kaart" className={styles.toMap}>
          <svg aria-hidden="true" focusable="false" viewBox="0 0 20 20" width="18" height="18">
            <circle cx="10" cy="10" r="3" fill="currentColor" />
            <path d="M13 10h4M3 10h4M12 7.5l3-3M8 12.5l-3 3M12 12.5l3 3M8 7.5l-3-3" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
          </svg>
          Toon als kaart
        </a>
      </div>
      <div className={styles.mapView} data-map-view="">
        <h2 id="mindmap-titel" className="visually-hidden">
          Mindmap van de toolbox
        </h2>
        {/* Hidden until JavaScript can make them work (MindmapEnhancer shows them). */}
        <div role="group" aria-label="Kaart zoomen" className={styles.zoom} data-zoom="" hidden>
          <button type="button" data-action="uit" title="Uitzoomen (−)">
            <span aria-hidden="true">−</span>
            <span className="visually-hidden">Uitzoomen</span>
          </button>
          <button type="button" data-action="in" title="Inzoomen (+)">
            <span aria-hidden="true">+</span>
            <span className="visually-hidden">Inzoomen</span>
          </button>
          <button type="button" data-action="passend" title="Passend maken (0)">
            Passend maken
          </button>
        </div>
        <Mindmap nodes={nodes} layout={layout} state={state} labelledBy="mindmap-titel" />
        <p className={styles.wheelHint} data-wheel-hint="" aria-hidden="true">
          Klik eerst op de kaart, of houd Ctrl (⌘) ingedrukt, om met het scrollwiel te zoomen.
        </p>
        <p className={styles.help} data-help="" hidden>
          Slepen verschuift de kaart; zoomen kan met de knoppen, twee vingers of Ctrl + scrollwiel. Met het toetsenbord: Tab en
          Enter, pijltjestoetsen om te verschuiven, + en − om te zoomen, 0 om alles in beeld te brengen, Esc om dicht te vouwen.
        </p>
        <Legend />
      </div>
      <div className={styles.listView}>
        <h2 className="visually-hidden">Thema&apos;s en onderwerpen</h2>
        <MindmapList themes={themes} state={state} />
      </div>
      <p className="visually-hidden" aria-live="polite" data-live="" />
      <MindmapEnhancer data={data} initial={state} />
    </div>
  )
}
